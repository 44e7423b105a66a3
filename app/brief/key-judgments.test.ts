import { describe, expect, it } from 'vitest';
import { EMPTY_KEY_JUDGMENTS, keyJudgmentBlocks, keyJudgmentsDocFromBlocks, keyJudgmentsPlainText, readKeyJudgmentsDoc, type KeyJudgmentsDoc } from './key-judgments';

const text = (t: string, ...marks: ('strong' | 'em')[]) => ({ type: 'text' as const, text: t, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
const para = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph' as const, ...(content.length ? { content } : {}) });

const DOC: KeyJudgmentsDoc = {
  type: 'doc',
  content: [
    para(text('We judge '), text('with low', 'strong'), text(' confidence', 'strong'), text(' that', 'em', 'strong'), text('.')),
    para(),
    { type: 'bullet_list', content: [{ type: 'list_item', content: [para(text('Europe '), text('leads', 'em'))] }, { type: 'list_item', content: [para(), para(text('US'))] }, { type: 'list_item', content: [para()] }] },
  ],
};

describe('readKeyJudgmentsDoc', () => {
  it('accepts what the editor writes', () => {
    expect(readKeyJudgmentsDoc(DOC)).toEqual(DOC);
    expect(readKeyJudgmentsDoc(EMPTY_KEY_JUDGMENTS)).toEqual(EMPTY_KEY_JUDGMENTS);
  });

  it.each([
    ['not a doc', 'text'],
    ['no content', { type: 'doc', content: [] }],
    ['an unknown node', { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] }],
    ['an unknown mark', { type: 'doc', content: [para({ type: 'text', text: 'a', marks: [{ type: 'link' }] } as never)] }],
    ['an empty text node', { type: 'doc', content: [para(text(''))] }],
    ['an empty list', { type: 'doc', content: [{ type: 'bullet_list', content: [] }] }],
    ['a nested list', { type: 'doc', content: [{ type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'bullet_list', content: [] }] }] }] }],
    ['an extra key', { type: 'doc', content: [para()], evil: true }],
    ['a duplicate mark', { type: 'doc', content: [para(text('a', 'strong', 'strong'))] }],
  ])('refuses %s', (_why, value) => {
    expect(readKeyJudgmentsDoc(value)).toBeUndefined();
  });
});

describe('keyJudgmentBlocks', () => {
  it('maps paragraphs and lists to runs, joins same emphasis, drops blanks', () => {
    expect(keyJudgmentBlocks(DOC)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'We judge ' }, { text: 'with low confidence', bold: true }, { text: ' that', bold: true, italic: true }, { text: '.' }] },
      { kind: 'list', items: [[{ text: 'Europe ' }, { text: 'leads', italic: true }], [{ text: 'US' }]] },
    ]);
  });

  it('gives plain text with dash lists, and round-trips blocks to a document', () => {
    expect(keyJudgmentsPlainText(DOC)).toBe('We judge with low confidence that.\n\n- Europe leads\n- US');
    const blocks = keyJudgmentBlocks(DOC);
    const doc = keyJudgmentsDocFromBlocks(blocks);
    expect(readKeyJudgmentsDoc(doc)).toEqual(doc);
    expect(keyJudgmentBlocks(doc)).toEqual(blocks);
    expect(keyJudgmentsDocFromBlocks([])).toEqual(EMPTY_KEY_JUDGMENTS);
  });
});
