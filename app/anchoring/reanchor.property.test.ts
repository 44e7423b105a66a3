import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchorAnnotations, type Reanchored } from './reanchor';
import { describeRange, QUOTE_CONTEXT } from './text-selectors';

/** Random lowercase words (with an occasional emoji or combining mark), so passages are distinct. */
const word = fc.oneof(
  { weight: 12, arbitrary: fc.stringMatching(/^[a-z]{2,9}$/) },
  { weight: 1, arbitrary: fc.constantFrom('🇺🇦', 'e\u0301té', '👍🏽', 'naïve') },
);
const sentence = fc.array(word, { minLength: 4, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
const text = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 12 })
  .map((paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n\n'));

/** A text with a quote in it: whole words, from `first` to `first + count` of its spaces' gaps. */
const quoted = text.chain((t) => {
  const boundaries = [0, ...Array.from(t.matchAll(/ /g), (m) => m.index + 1)];
  return fc
    .tuple(fc.nat({ max: boundaries.length - 1 }), fc.integer({ min: 2, max: 12 }))
    .map(([first, count]) => {
      const start = boundaries[first] ?? 0;
      const end = (boundaries[first + count] ?? t.length + 1) - 1;
      return { text: t, start, end: Math.max(end, start + 1) };
    });
});

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** An edit: at a fraction of some span, delete up to `remove` units and insert `insert`. */
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constant(''), sentence.map((s) => ` ${s} `), fc.constantFrom('\n\n', '  ', '🇪🇺 ', 'x')),
});

/** `text` with one edit applied inside `[from, to)`, never splitting a surrogate pair. */
function applyEdit(t: string, from: number, to: number, e: Edit): string {
  if (to <= from) return t;
  const snap = (i: number): number => (i > 0 && /[\uDC00-\uDFFF]/.test(t.charAt(i)) ? i - 1 : i);
  const start = snap(from + Math.floor(e.at * (to - from)));
  const end = snap(Math.min(to, start + e.remove));
  return t.slice(0, start) + e.insert + t.slice(Math.max(start, end));
}

/** Applies edits before and after the quote, each kept `margin` units away from it. */
function editAround(
  t: string,
  range: { start: number; end: number },
  margin: number,
  edits: { before: readonly Edit[]; after: readonly Edit[] },
): string {
  let before = t.slice(0, range.start);
  let after = t.slice(range.end);
  for (const e of edits.before) before = applyEdit(before, 0, Math.max(0, before.length - margin), e);
  for (const e of edits.after) after = applyEdit(after, Math.min(after.length, margin), after.length, e);
  return before + t.slice(range.start, range.end) + after;
}

function anchoredText(t: string, result: Reanchored): string | undefined {
  return result.status === 'anchored' ? Array.from(t).slice(result.target.position.start, result.target.position.end).join('') : undefined;
}

const edits = fc.record({ before: fc.array(edit, { maxLength: 4 }), after: fc.array(edit, { maxLength: 4 }) });

describe('reanchorAnnotations properties', () => {
  it('edits away from the quote and its context keep it anchored to the same text', () => {
    fc.assert(
      fc.property(quoted, edits, ({ text: t, start, end }, e) => {
        const target = describeRange(t, { start, end });
        // Two UTF-16 units per code point is the most the stored context can span.
        const revised = editAround(t, { start, end }, 2 * QUOTE_CONTEXT, e);
        const [result] = reanchorAnnotations(revised, [{ id: 'p', target }]);
        expect(result?.status).toBe('anchored');
        expect(anchoredText(revised, result as Reanchored)).toBe(target.quote.exact);
      }),
    );
  });

  // With the old text, short quotes are read in their paragraph and rewritten passages offered
  // in theirs: neither may move an annotation to other text either.
  it.each([
    ['without the old text', false],
    ['with the old text', true],
  ])('edits anywhere outside the quote never move it to other text, nor lose it (%s)', (_name, withPrevious) => {
    fc.assert(
      fc.property(quoted, edits, ({ text: t, start, end }, e) => {
        const target = describeRange(t, { start, end });
        const revised = editAround(t, { start, end }, 0, e);
        const [result] = reanchorAnnotations(revised, [{ id: 'p', target }], withPrevious ? { previous: t } : {});
        if (result?.status === 'anchored') expect(anchoredText(revised, result)).toBe(target.quote.exact);
        else expect(result).toMatchObject({ status: 'needs-review', newText: target.quote.exact });
      }),
    );
  });

  it.each([
    ['without the old text', false],
    ['with the old text', true],
  ])('deleting the quoted passage yields orphaned or needs-review, never an anchor (%s)', (_name, withPrevious) => {
    fc.assert(
      fc.property(quoted, fc.nat({ max: 30 }), fc.nat({ max: 30 }), ({ text: t, start, end }, extraBefore, extraAfter) => {
        const target = describeRange(t, { start, end });
        const cutStart = Math.max(0, start - extraBefore);
        const cutEnd = Math.min(t.length, end + extraAfter);
        const snap = (i: number): number => (i > 0 && /[\uDC00-\uDFFF]/.test(t.charAt(i)) ? i - 1 : i);
        const revised = t.slice(0, snap(cutStart)) + t.slice(snap(cutEnd));
        // A quote whose words also occur elsewhere by chance may still be found there exactly;
        // only truly deleted passages are checked.
        fc.pre(!revised.includes(target.quote.exact));
        const [result] = reanchorAnnotations(revised, [{ id: 'p', target }], withPrevious ? { previous: t } : {});
        expect(result?.status).not.toBe('anchored');
      }),
    );
  });

  it('re-describes anchored targets exactly as describeRange does on the whole text', () => {
    fc.assert(
      fc.property(quoted, edits, ({ text: t, start, end }, e) => {
        const target = describeRange(t, { start, end });
        const revised = editAround(t, { start, end }, 0, e);
        const [result] = reanchorAnnotations(revised, [{ id: 'p', target }]);
        if (result?.status !== 'anchored') return;
        const points = Array.from(revised);
        const from = points.slice(0, result.target.position.start).join('').length;
        const to = from + result.target.quote.exact.length;
        expect(result.target).toEqual(describeRange(revised, { start: from, end: to }));
      }),
    );
  });
});
