import { describe, expect, it } from 'vitest';
import { composeBrief, parseKeyJudgments } from './brief-compose';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF, fixtureAnnotation } from '../testing/brief-test-fixture';

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
    expect(item).toMatchObject({ quote: 'Gone text', paragraph: undefined, label: 'R5' });
    expect(model.orphanCount).toBe(1);
  });

  it('splits overlapping highlights in the appendix', () => {
    const model = composeBrief(base);
    const block = model.appendix?.[0]?.blocks[3];
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
    const brief = { ...FIXTURE_BRIEF, settings: { includeTags: ['risk' as const], order: 'text' as const, appendix: false, paper: 'letter' as const } };
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

describe('parseKeyJudgments', () => {
  it('reads paragraphs and dash lists', () => {
    expect(parseKeyJudgments('One\ntwo.\n\n- a\n* b\n\n\n')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'One two.' }] },
      { kind: 'list', items: [[{ text: 'a' }], [{ text: 'b' }]] },
    ]);
  });
});
