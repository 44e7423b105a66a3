import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/canonical-text';
import { toCodePointOffset } from '../model/code-points';
import { importPlainText } from '../import/plain-text-import';
import { reanchorAnnotations, type Anchorable, type Reanchored } from './reanchor';
import { describeRange } from './text-selectors';

const raw = readFileSync(new URL('../../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt', import.meta.url), 'utf8');
const sample = canonicalText(importPlainText(raw).blocks);

/** An annotation of the `occurrence`-th appearance of `quote` in `text`. */
function annotate(text: string, quote: string, occurrence = 0): Anchorable {
  let at = text.indexOf(quote);
  for (let i = 0; i < occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`Test quote not in text: ${quote}`);
  return { id: 'a1', target: describeRange(text, { start: at, end: at + quote.length }) };
}

function reanchorOne(text: string, annotation: Anchorable): Reanchored {
  const [result] = reanchorAnnotations(text, [annotation]);
  if (!result) throw new Error('no result');
  return result;
}

/** The text an outcome points at in `text`, via its code-point position. */
function anchoredText(text: string, result: Reanchored): string | undefined {
  if (result.status !== 'anchored') return undefined;
  const points = Array.from(text);
  return points.slice(result.target.position.start, result.target.position.end).join('');
}

const QUOTE = 'the security guarantees for Ukraine are not comparable to those granted NATO members';
const SENTENCE = '"It is support. However, it is not a legally binding obligation to defend Ukraine in the event of a new attack," she told German public broadcaster ARD.';
const paragraphs = sample.split('\n\n');
const stewart = paragraphs.findIndex((p) => p.includes(QUOTE));

interface Case {
  readonly name: string;
  readonly quote: string;
  readonly revise: (text: string) => string;
  readonly status: Reanchored['status'] | readonly Reanchored['status'][];
  readonly method?: 'position' | 'quote' | 'fuzzy';
  /** The text the annotation must end up on, when anchored. */
  readonly lands?: string;
}

const cases: readonly Case[] = [
  { name: 'unchanged text', quote: QUOTE, revise: (t) => t, status: 'anchored', method: 'position', lands: QUOTE },
  {
    name: 'paragraph moved to the end',
    quote: QUOTE,
    revise: () => [...paragraphs.filter((_, i) => i !== stewart), paragraphs[stewart]].join('\n\n'),
    status: 'anchored',
    method: 'quote',
    lands: QUOTE,
  },
  {
    name: 'whole paragraph quoted, paragraph moved (distinctive quote, context gone)',
    quote: paragraphs[stewart] ?? '',
    revise: () => [paragraphs[stewart], ...paragraphs.filter((_, i) => i !== stewart)].join('\n\n'),
    status: 'anchored',
    method: 'quote',
    lands: paragraphs[stewart],
  },
  {
    name: 'a word edited inside the quote',
    quote: QUOTE,
    revise: (t) => t.replace(QUOTE, QUOTE.replace('comparable', 'equivalent')),
    status: 'anchored',
    method: 'fuzzy',
    lands: QUOTE.replace('comparable', 'equivalent'),
  },
  {
    name: 'most of the quote rewritten in place',
    quote: QUOTE,
    revise: (t) => t.replace(QUOTE, 'the security promises to Kyiv do not match what NATO allies receive'),
    status: 'needs-review',
  },
  {
    name: "the quote's sentence duplicated earlier in the text",
    quote: SENTENCE,
    revise: (t) => t.replace('\n\n', `\n\n${SENTENCE}\n\n`),
    status: 'anchored',
    lands: SENTENCE,
  },
  {
    name: 'the passage deleted',
    quote: QUOTE,
    revise: (t) => t.replace(paragraphs[stewart] ?? '', 'Claudia Major declined to comment.'),
    status: ['orphaned', 'needs-review'],
  },
  {
    name: 'the passage deleted while a short quote occurs elsewhere',
    quote: 'Kremlin spokesman',
    revise: (t) => t.replace('said Kremlin spokesman Dmitry Peskov', 'said Dmitry Peskov').replace('Reisner.', 'Reisner, citing a Kremlin spokesman.'),
    status: ['orphaned', 'needs-review'],
  },
  {
    name: 'emoji and combining marks inserted before the quote',
    quote: QUOTE,
    revise: (t) => `🇺🇦 Kyiv, Zaporizhzhia̧ 👍🏽 café\u0301 — ${t}`,
    status: 'anchored',
    method: 'quote',
    lands: QUOTE,
  },
  {
    name: 'the same article imported with CRLF line ends',
    quote: QUOTE,
    revise: () => canonicalText(importPlainText(raw.replace(/\n/g, '\r\n')).blocks),
    status: 'anchored',
    method: 'position',
    lands: QUOTE,
  },
  {
    name: 'CRLF inside a quote that spans two blocks',
    quote: 'Russia rejects Christmas ceasefire\n\nThe first statements from Russia',
    revise: (t) => t.replace(/\n\n/g, '\r\n\r\n'),
    status: 'anchored',
    method: 'fuzzy',
  },
  {
    name: 'whitespace doubled inside the quote',
    quote: QUOTE,
    revise: (t) => t.replace(QUOTE, QUOTE.replace(/ /g, '  ')),
    status: ['anchored', 'needs-review'],
  },
  {
    name: 'whitespace changed around the quote only',
    quote: QUOTE,
    revise: (t) => t.replace('In the opinion of', 'In  the opinion  of').replace('members. "It is', 'members.  "It is'),
    status: 'anchored',
    method: 'quote',
    lands: QUOTE,
  },
];

describe('reanchorAnnotations on revisions of the sample article', () => {
  it.each(cases)('$name', ({ quote, revise, status, method, lands }) => {
    const revised = revise(sample);
    const result = reanchorOne(revised, annotate(sample, quote));
    expect([status].flat()).toContain(result.status);
    if (method && result.status === 'anchored') expect(result.method).toBe(method);
    if (lands !== undefined) expect(anchoredText(revised, result)).toBe(lands);
    // Whatever path found it, the new target's quote is the text its position names.
    if (result.status === 'anchored') expect(result.target.quote.exact).toBe(anchoredText(revised, result));
  });

  it('anchors the original, not the copy, when a duplicated sentence keeps its context', () => {
    const revised = sample.replace('\n\n', `\n\n${SENTENCE}\n\n`);
    const result = reanchorOne(revised, annotate(sample, SENTENCE));
    expect(result.status).toBe('anchored');
    if (result.status !== 'anchored') return;
    expect(result.target.quote.prefix).toBe(annotate(sample, SENTENCE).target.quote.prefix);
    expect(result.target.position.start).toBeGreaterThan(toCodePointOffset(revised, revised.indexOf(SENTENCE) + 1));
  });

  it('offers a review of the old quote beside the new text when the quote was rewritten', () => {
    const rewritten = 'the security promises to Kyiv do not match what NATO allies receive';
    const result = reanchorOne(sample.replace(QUOTE, rewritten), annotate(sample, QUOTE));
    expect(result).toMatchObject({ status: 'needs-review', oldQuote: QUOTE });
    if (result.status !== 'needs-review') return;
    expect(result.score).toBeGreaterThanOrEqual(0.5);
    expect(result.score).toBeLessThan(0.88);
    expect(result.candidate.quote.exact).toBe(result.newText);
  });

  it('counts positions in code points after astral characters and combining marks', () => {
    const text = `🇺🇦 e\u0301 ${sample}`;
    const annotation = annotate(text, QUOTE);
    expect(annotation.target.position.start).toBe(toCodePointOffset(text, text.indexOf(QUOTE)));
    const result = reanchorOne(text, annotation);
    expect(result).toMatchObject({ status: 'anchored', method: 'position' });
    expect(anchoredText(text, result)).toBe(QUOTE);
  });

  it('re-describes an anchored target against the new text exactly as describeRange would', () => {
    const revised = `Breaking: ${sample.replace('In the opinion of Claudia Major', 'According to Claudia Major')}`;
    const result = reanchorOne(revised, annotate(sample, QUOTE));
    const at = revised.indexOf(QUOTE);
    expect(result).toEqual({
      status: 'anchored',
      id: 'a1',
      method: 'quote',
      score: expect.any(Number),
      target: describeRange(revised, { start: at, end: at + QUOTE.length }),
    });
  });

  it('orphans an annotation whose quote is empty or whose text is gone entirely', () => {
    const empty: Anchorable = { id: 'e', target: { ...annotate(sample, QUOTE).target, quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } } };
    expect(reanchorAnnotations('Nothing alike here at all.', [empty, annotate(sample, QUOTE)]).map((r) => r.status)).toEqual(['orphaned', 'orphaned']);
  });
});

interface ShortCase {
  readonly name: string;
  readonly quote: string;
  readonly revise: (text: string) => string;
  readonly status: Reanchored['status'] | readonly Reanchored['status'][];
}

/** Short quotes (under 32 characters) whose words on both sides were edited, with the old text known. */
const shortCases: readonly ShortCase[] = [
  {
    name: 'Budapest Memorandum, its sentence rewritten around it',
    quote: 'Budapest Memorandum',
    revise: (t) => t.replace('could turn into another Budapest Memorandum or set of', 'might become a second Budapest Memorandum, or another set of'),
    status: 'anchored',
  },
  {
    name: 'Dmitry Peskov, the attribution rewritten',
    quote: 'Dmitry Peskov',
    revise: (t) => t.replace('war," said Kremlin spokesman Dmitry Peskov.', 'war," Kremlin spokesperson Dmitry Peskov told reporters.'),
    status: 'anchored',
  },
  {
    name: 'According to the AFP, the paragraph before and the words after edited',
    quote: 'According to the AFP',
    revise: (t) => t.replace('So far, the US has not issued an official statement.', 'The US has yet to comment.').replace('According to the AFP news agency, a US', 'According to the AFP agency, an American'),
    status: 'anchored',
  },
  {
    name: 'a short quote that now occurs twice is not anchored without review',
    quote: 'Budapest Memorandum',
    revise: (t) =>
      t
        .replace('could turn into another Budapest Memorandum or set of', 'might become a second Budapest Memorandum, or another set of')
        .replace('The first statements from Russia', 'The Budapest Memorandum came up again. The first statements from Russia'),
    status: 'needs-review',
  },
  {
    name: 'a short quote gone from its paragraph and found once in another is not anchored',
    quote: 'Kremlin spokesman',
    revise: (t) => t.replace('said Kremlin spokesman Dmitry Peskov', 'said Dmitry Peskov').replace('Reisner.', 'Reisner, citing a Kremlin spokesman.'),
    status: ['orphaned', 'needs-review'],
  },
];

describe('reanchorAnnotations of short quotes, with the text they were made on', () => {
  it.each(shortCases)('$name', ({ quote, revise, status }) => {
    const revised = revise(sample);
    expect(revised).not.toBe(sample);
    const [result] = reanchorAnnotations(revised, [annotate(sample, quote)], { previous: sample });
    expect([status].flat()).toContain(result!.status);
    if (result!.status === 'anchored') expect(anchoredText(revised, result!)).toBe(quote);
  });

  it('without the old text, a short quote whose context changed goes to review as before', () => {
    const revised = shortCases[0]!.revise(sample);
    expect(reanchorOne(revised, annotate(sample, 'Budapest Memorandum')).status).toBe('needs-review');
  });
});

describe('a rewritten passage whose paragraph is still there goes to review, not to Orphaned', () => {
  const quote = "agreed during the talks in Berlin to drop Ukraine's NATO bid";
  const rewritten = 'was ready, at the Berlin talks, to give up his country’s hope of joining NATO';

  it('offers the rewritten sentence of the same paragraph for review', () => {
    const revised = sample.replace(quote, rewritten);
    const [result] = reanchorAnnotations(revised, [annotate(sample, quote)], { previous: sample });
    expect(result).toMatchObject({ status: 'needs-review', oldQuote: quote });
    if (result?.status === 'needs-review') expect(result.newText).toContain(rewritten);
  });

  it('orphans a sentence deleted from a paragraph that is still there', () => {
    const deleted = 'did not involve the deployment of US troops';
    const revised = sample.replace(' This reportedly did not involve the deployment of US troops.', '');
    expect(reanchorAnnotations(revised, [annotate(sample, deleted)], { previous: sample })[0]?.status).toBe('orphaned');
  });

  it('orphans it when its paragraph is gone too, and without the old text as before', () => {
    const paragraph = paragraphs.find((p) => p.includes(quote))!;
    const gone = sample.replace(paragraph, 'Officials in Kyiv declined to comment on Monday.');
    expect(reanchorAnnotations(gone, [annotate(sample, quote)], { previous: sample })[0]?.status).toBe('orphaned');
    expect(reanchorOne(sample.replace(quote, rewritten), annotate(sample, quote)).status).toBe('orphaned');
  });
});

describe('review candidates fitted to words', () => {
  const curly = sample.replace('"buffer zone"', '“buffer zone”');
  it.each([
    ['a comma moved inside the marks', 'against a “buffer zone,” in Donbass', '“buffer zone,”'],
    ['a word of the quote replaced', 'against a “buffer area” in Donbass', '“buffer area”'],
    ['the first word replaced by a longer one', 'against a “demilitarised zone” in the Donbas', '“demilitarised zone”'],
  ])('keeps the curly quotation marks of a quote whose words changed: %s', (_name, revision, expected) => {
    const revised = curly.replace('against a “buffer zone” in Donbass', revision);
    const [result] = reanchorAnnotations(revised, [annotate(curly, '“buffer zone”')], { previous: curly });
    const text = result!.status === 'needs-review' ? result!.newText : result!.status === 'anchored' ? anchoredText(revised, result!) : undefined;
    expect(text).toBe(expected);
  });

  it('never offers a candidate that starts or ends inside a word or crosses a paragraph break', () => {
    const quote = 'the security guarantees for Ukraine are not comparable to those granted NATO members';
    const revised = sample.replace(quote, 'the guarantees Ukraine gets cannot compare with those of NATO members');
    const [result] = reanchorAnnotations(revised, [annotate(sample, quote)]);
    expect(result!.status).not.toBe('orphaned');
    const text = result!.status === 'needs-review' ? result!.newText : anchoredText(revised, result!)!;
    expect(text).not.toContain('\n\n');
    const at = revised.indexOf(text);
    expect(/[\p{L}\p{N}]/u.test(revised.charAt(at - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(0))).toBe(false);
    expect(/[\p{L}\p{N}]/u.test(revised.charAt(at + text.length)) && /[\p{L}\p{N}]/u.test(text.charAt(text.length - 1))).toBe(false);
  });
});

describe('reanchorAnnotations never moves a quote to other words of the same text', () => {
  // Every occurrence of common words, deleted in turn: the other occurrences share much of the
  // context (related sentences), yet none may be anchored without review.
  const words = ['Ukraine', 'security guarantees', 'Russia', 'NATO', 'Berlin', 'Zelenskyy', 'the talks', 'Article 5'];
  const occurrences = words.flatMap((word) => {
    const found: [string, number][] = [];
    for (let at = sample.indexOf(word); at !== -1; at = sample.indexOf(word, at + 1)) found.push([word, at]);
    return found;
  });

  it.each(occurrences)('%s at %i, deleted', (word, at) => {
    const annotation = { id: 'w', target: describeRange(sample, { start: at, end: at + word.length }) };
    const revised = sample.slice(0, at) + sample.slice(at + word.length);
    expect(reanchorOne(revised, annotation).status).not.toBe('anchored');
  });
});

describe('reanchorAnnotations progress and input checks', () => {
  const annotations = Array.from({ length: 7 }, (_, i) => ({ ...annotate(sample, QUOTE), id: `a${i}` }));

  it('reports progress every N annotations and once at the end, keeping the input order', () => {
    const calls: [number, number][] = [];
    const results = reanchorAnnotations(sample, annotations, { progressEvery: 3, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[3, 7], [6, 7], [7, 7]]);
    expect(results.map((r) => r.id)).toEqual(annotations.map((a) => a.id));
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses progressEvery %s', (every) => {
    expect(() => reanchorAnnotations(sample, annotations, { progressEvery: every })).toThrow(RangeError);
  });
});

describe('reanchorAnnotations at scale', () => {
  it('re-anchors 10,000 annotations on a 1 MB text, all unchanged ones by position', () => {
    const words = ['guarantee', 'risk', 'precedent', 'Ukraine', 'ceasefire', 'treaty', 'Berlin', 'security', 'force', 'monitoring', '🇪🇺', 'naïve'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const parts: string[] = [];
    for (let length = 0; length < 1_000_000; ) {
      const sentence = Array.from({ length: 6 + (next() % 12) }, () => words[next() % words.length]).join(' ') + '.';
      parts.push(sentence);
      length += sentence.length + 1;
    }
    const text = parts.join(next() % 5 === 0 ? '\n\n' : ' ');
    // describeRange walks the text from its start; on 1 MB that is too slow for 10,000 set-up
    // calls, so each target is described on a window and its position counted incrementally.
    const step = Math.floor(text.length / 10_000);
    let points = 0;
    let counted = 0;
    const annotations: Anchorable[] = Array.from({ length: 10_000 }, (_, i) => {
      let start = i * step;
      if (start > 0 && text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff) start--;
      const end = start + 40 + (i % 60);
      points += toCodePointOffset(text.slice(counted, start), start - counted);
      counted = start;
      const from = Math.max(0, start - 64);
      const local = describeRange(text.slice(from, end + 64), { start: start - from, end: end - from });
      const length = Array.from(text.slice(start, end)).length;
      return { id: String(i), target: { ...local, position: { type: 'TextPositionSelector', start: points, end: points + length } } };
    });
    let reported = 0;
    const results = reanchorAnnotations(text, annotations, { onProgress: (done) => (reported = done) });
    expect(results.every((r) => r.status === 'anchored' && r.method === 'position')).toBe(true);
    expect(reported).toBe(10_000);

    // An edit at the very start shifts every annotation: each is found by its exact quote nearby.
    const shifted = reanchorAnnotations(`Update: ${text}`, annotations);
    expect(shifted.filter((r) => r.status !== 'anchored')).toEqual([]);
  });
});
