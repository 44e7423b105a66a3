import { describe, expect, it } from 'vitest';
import { composeBrief, parseKeyJudgments, type BriefItemRef } from './brief-compose';
import { isAppendixGap, LONG_APPENDIX_WORDS, type AppendixBlock, type AppendixEntry } from './brief-appendix';
import type { Article } from '../model/model';
import { canonicalText } from '../model/canonical-text';
import { annotationOn } from '../testing/test-annotation';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF, FIXTURE_NOTES, fixtureAnnotation, NOTES_ANNOTATIONS } from '../testing/brief-test-fixture';

const isBlock = (entry: AppendixEntry<BriefItemRef>): entry is AppendixBlock<BriefItemRef> => !isAppendixGap(entry);

const base = { articles: [FIXTURE_ARTICLE], annotations: FIXTURE_ANNOTATIONS, brief: FIXTURE_BRIEF, exportedAt: '2026-01-05T09:30:00Z', analyst: 'A. Analyst' };

describe('composeBrief', () => {
  it('numbers items by tag, then text order, with letter labels and ¶ numbers', () => {
    const model = composeBrief(base);
    expect(model.sections.map((s) => s.heading)).toEqual(['Guarantees', 'Risks', 'Precedents']);
    expect(model.items.map((i) => [i.label, i.annotationId, i.paragraph])).toEqual([
      ['G1', 'g1', 2],
      ['G2', 'g2', 2],
      ['R3', 'r1', 4],
      ['R4', 'r2', 4],
      ['P5', 'p1', 4],
    ]);
    expect(model.counts.map((c) => c.count)).toEqual([2, 2, 1]);
  });

  it('orders all items by text when asked, in one section', () => {
    const model = composeBrief({ ...base, settings: { order: 'text' } });
    expect(model.sections).toHaveLength(1);
    expect(model.items.map((i) => i.annotationId)).toEqual(['g1', 'g2', 'r1', 'r2', 'p1']);
  });

  it('resolves links both ways and drops links to items not in the brief', () => {
    const model = composeBrief(base);
    const g1 = model.items.find((i) => i.annotationId === 'g1');
    const r2 = model.items.find((i) => i.annotationId === 'r2');
    expect(g1?.linkedBy.map((r) => r.label)).toEqual(['R3', 'P5']);
    expect(r2?.links.map((r) => r.label)).toEqual(['G2']);
  });

  it('builds the guarantee matrix from links in either direction', () => {
    const model = composeBrief(base);
    expect(model.matrix.map((row) => [row.guarantee.label, row.risks.map((r) => r.label), row.precedents.map((r) => r.label)])).toEqual([
      ['G1', ['R3'], ['P5']],
      ['G2', ['R4'], []],
    ]);
  });

  it('leaves out omitted tags everywhere, and the appendix when asked', () => {
    const model = composeBrief({ ...base, settings: { includeTags: ['risk'], appendix: false } });
    expect(model.items.map((i) => i.label)).toEqual(['R1', 'R2']);
    expect(model.items[0]?.links).toEqual([]);
    expect(model.matrix).toEqual([]);
    expect(model.appendix).toBeUndefined();
  });

  it('keeps an orphaned annotation, without ¶, and counts it', () => {
    const orphan = { ...fixtureAnnotation('o1', 'risk', 'Doubts'), target: { position: { type: 'TextPositionSelector', start: 0, end: 5 }, quote: { type: 'TextQuoteSelector', exact: 'Gone text', prefix: '', suffix: '' } } } as const;
    const model = composeBrief({ ...base, annotations: [...FIXTURE_ANNOTATIONS, orphan] });
    const item = model.items.find((i) => i.annotationId === 'o1');
    expect(item).toMatchObject({ quote: 'Gone text', label: 'R5' });
    expect(item?.paragraph).toBeUndefined();
    expect(model.orphanCount).toBe(1);
  });

  it('splits overlapping highlights in the appendix', () => {
    const model = composeBrief(base);
    const block = model.appendix?.[0]?.blocks.filter(isBlock)[3];
    const texts = block?.segments.map((s) => [s.text, s.covering.map((r) => r.label).join('+'), s.ending.map((r) => r.label).join('+')]);
    expect(texts).toEqual([
      ['Russia rejects any ', 'R3', ''],
      ['foreign troops.', 'R3+R4', 'R3'],
      [' ', 'R4', ''],
      ['The Budapest', 'R4+P5', 'R4'],
      [' Memorandum failed in 2014.', 'P5', 'P5'],
    ]);
  });

  it('follows the brief\'s own settings, field by field overridden by the caller\'s', () => {
    const brief = { ...FIXTURE_BRIEF, settings: { includeTags: ['risk' as const], order: 'text' as const, appendix: false, fullAppendix: false, paper: 'letter' as const } };
    const own = composeBrief({ ...base, brief });
    expect(own.sections.map((s) => s.heading)).toEqual(['Items in text order']);
    expect(own.items.every((item) => item.tag === 'risk')).toBe(true);
    expect(own).toMatchObject({ paper: 'letter', appendix: undefined });
    const overridden = composeBrief({ ...base, brief, settings: { paper: 'a4' } });
    expect(overridden.paper).toBe('a4');
    expect(overridden.sections.map((s) => s.heading)).toEqual(['Items in text order']);
  });

  it('prints rich key judgments instead of the plain text when the brief has them', () => {
    const keyJudgmentsDoc = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Rich', marks: [{ type: 'strong' as const }] }] }] };
    expect(composeBrief({ ...base, brief: { ...FIXTURE_BRIEF, keyJudgmentsDoc } }).keyJudgments).toEqual([{ kind: 'paragraph', runs: [{ text: 'Rich', bold: true }] }]);
  });

  it('falls back to the article title and no marking without a brief', () => {
    const model = composeBrief({ ...base, brief: undefined });
    expect(model.title).toBe('Brief: Security guarantees for Ukraine');
    expect(model.marking).toBe('');
    expect(model.keyJudgments).toEqual([]);
  });
});

describe('composeBrief with several sources', () => {
  const two = { ...base, articles: [FIXTURE_ARTICLE, FIXTURE_NOTES], annotations: [...FIXTURE_ANNOTATIONS, ...NOTES_ANNOTATIONS], brief: { ...FIXTURE_BRIEF, sources: [FIXTURE_ARTICLE.id, FIXTURE_NOTES.id] } };

  it('lists the sources S1, S2 with their facts and counts per tag, and labels every item and reference with its source', () => {
    const model = composeBrief(two);
    expect(model.sources.map((s) => [s.label, s.title, s.publisher, s.counts.map((c) => c.count)])).toEqual([
      ['S1', FIXTURE_ARTICLE.title, 'DW', [2, 2, 1]],
      ['S2', 'Interview notes', 'Own reporting', [0, 1, 1]],
    ]);
    expect(model.counts.map((c) => c.count)).toEqual([2, 3, 2]);
    // Text order runs source by source within each tag.
    expect(model.items.map((i) => [i.label, i.sourceLabel, i.paragraph])).toEqual([
      ['G1', 'S1', 2],
      ['G2', 'S1', 2],
      ['R3', 'S1', 4],
      ['R4', 'S1', 4],
      ['R5', 'S2', 2],
      ['P6', 'S1', 4],
      ['P7', 'S2', 3],
    ]);
  });

  it('spans the guarantee matrix across sources: a guarantee of S1 with the risks and precedents of S2 that bear on it', () => {
    const model = composeBrief(two);
    const row = model.matrix.find((r) => r.guarantee.label === 'G1');
    expect(row?.risks.map((r) => [r.label, r.sourceLabel])).toEqual([
      ['R3', 'S1'],
      ['R5', 'S2'],
    ]);
    expect(model.matrix.find((r) => r.guarantee.label === 'G2')?.precedents.map((r) => [r.label, r.sourceLabel])).toEqual([['P7', 'S2']]);
  });

  it('gives the appendix one part per source, each highlighted with its own items only', () => {
    const model = composeBrief(two);
    expect(model.appendix?.map((part) => part.source.label)).toEqual(['S1', 'S2']);
    const labels = (part: number) => model.appendix?.[part]?.blocks.filter(isBlock).flatMap((b) => b.segments.flatMap((s) => s.ending.map((r) => r.label)));
    expect(labels(1)).toEqual(['R5', 'P7']);
    expect(labels(0)).not.toContain('R5');
  });

  it('leaves out annotations on an article that is not a source, and a brief with one source carries no source labels', () => {
    const stray = fixtureAnnotation('stray', 'risk', 'Europe offers', { articleId: 'elsewhere' });
    const model = composeBrief({ ...two, annotations: [...two.annotations, stray] });
    expect(model.items.some((i) => i.annotationId === 'stray')).toBe(false);
    const one = composeBrief({ ...base, annotations: [...FIXTURE_ANNOTATIONS, ...NOTES_ANNOTATIONS] });
    expect(one.items.every((i) => i.sourceLabel === undefined && i.links.every((r) => r.sourceLabel === undefined))).toBe(true);
    expect(one.items).toHaveLength(FIXTURE_ANNOTATIONS.length);
    expect(() => composeBrief({ ...base, articles: [] })).toThrow(RangeError);
  });
});

describe('parseKeyJudgments', () => {
  it('reads paragraphs and dash lists', () => {
    expect(parseKeyJudgments('One\ntwo.\n\n- a\n* b\n\n\n')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'One two.' }] },
      { kind: 'list', items: [[{ text: 'a' }], [{ text: 'b' }]] },
    ]);
  });
});

describe('composeBrief, a long source', () => {
  // Three hundred paragraphs of a hundred words: over the threshold, with highlights in ¶ 3, ¶ 4 and ¶ 200.
  const filler = (n: number) => `Paragraph ${n} ${'word '.repeat(97)}ends.`;
  const long: Article = { ...FIXTURE_ARTICLE, blocks: Array.from({ length: 300 }, (_, i) => ({ type: 'paragraph' as const, text: filler(i + 1) })) };
  const quoteIn = (paragraph: number, id: string, tag: 'risk' | 'guarantee') =>
    annotationOn(canonicalText(long.blocks), `Paragraph ${paragraph} word`, { id, tag, briefId: FIXTURE_BRIEF.id, articleId: long.id, author: 'a', createdAt: 't', updatedAt: 't' });
  const annotations = [quoteIn(3, 'a', 'risk'), quoteIn(4, 'b', 'guarantee'), quoteIn(200, 'c', 'risk')];
  const input = { ...base, articles: [long], annotations, brief: { ...FIXTURE_BRIEF, sources: [long.id] } };

  it('prints by default only its highlighted paragraphs and their neighbours, […] between, ¶ numbers kept', () => {
    expect(300 * 100).toBeGreaterThan(LONG_APPENDIX_WORDS);
    const model = composeBrief(input);
    expect(model.excerpted).toBe(true);
    const shown = model.appendix?.[0]?.blocks.map((entry) => (isAppendixGap(entry) ? `[${entry.omitted.from}–${entry.omitted.to}]` : entry.paragraph));
    expect(shown).toEqual(['[1–1]', 2, 3, 4, 5, '[6–198]', 199, 200, 201, '[202–300]']);
    const first = model.appendix?.[0]?.blocks.find(isBlock);
    expect(first?.segments[0]?.text).toBe('Paragraph 2 ' + 'word '.repeat(97) + 'ends.');
    expect(model.items.map((item) => item.paragraph)).toEqual([4, 3, 200]);
    expect(model.appendix?.[0]?.blocks.filter(isBlock).find((b) => b.paragraph === 200)?.segments[0]).toMatchObject({ text: 'Paragraph 200 word', covering: [{ label: 'R3' }] });
  });

  it('prints every paragraph when the analyst asks for the full text', () => {
    const model = composeBrief({ ...input, settings: { fullAppendix: true } });
    expect(model.excerpted).toBe(false);
    expect(model.appendix?.[0]?.blocks.filter(isBlock).map((b) => b.paragraph)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(model.appendix?.[0]?.blocks.some(isAppendixGap)).toBe(false);
  });

  it('counts the words of every source against the threshold, and prints a short one whole', () => {
    expect(composeBrief(base).excerpted).toBe(false);
    const half: Article = { ...long, id: 'half', blocks: long.blocks.slice(0, 80) };
    expect(composeBrief({ ...input, articles: [half] }).excerpted).toBe(false);
    const twoHalves = composeBrief({ ...input, articles: [half, { ...half, id: 'other', textHash: 'other' }], brief: { ...FIXTURE_BRIEF, sources: ['half', 'other'] } });
    expect(twoHalves.excerpted).toBe(true);
  });
});
