import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { inBulletList, markActive, splitBlock, toggleBulletList, toggleMark, type Command } from './key-judgments-commands';
import { keyJudgmentBlocks, keyJudgmentsSchema, type KeyJudgmentsDoc } from './key-judgments';

const { strong } = keyJudgmentsSchema.marks;

/** A state of paragraphs `texts` with the selection from `from` to `to`. */
function stateOf(texts: string[], from: number, to = from): EditorState {
  const doc = keyJudgmentsSchema.node('doc', null, texts.map((t) => keyJudgmentsSchema.node('paragraph', null, t ? [keyJudgmentsSchema.text(t)] : [])));
  const state = EditorState.create({ doc });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, from, to)));
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

const blocks = (state: EditorState) => keyJudgmentBlocks(state.doc.toJSON() as KeyJudgmentsDoc);

describe('key-judgments commands', () => {
  it('toggles bold over a selection and at a cursor', () => {
    let state = run(stateOf(['one two'], 1, 4), toggleMark(strong));
    expect(blocks(state)).toEqual([{ kind: 'paragraph', runs: [{ text: 'one', bold: true }, { text: ' two' }] }]);
    expect(markActive(state, strong)).toBe(true);
    state = run(state, toggleMark(strong));
    expect(blocks(state)).toEqual([{ kind: 'paragraph', runs: [{ text: 'one two' }] }]);
    state = run(stateOf(['a'], 2), toggleMark(strong));
    state = state.apply(state.tr.insertText('b'));
    expect(blocks(state)).toEqual([{ kind: 'paragraph', runs: [{ text: 'a' }, { text: 'b', bold: true }] }]);
  });

  it('turns paragraphs into a list and back, Enter adds items and leaves from an empty one', () => {
    let state = run(stateOf(['a', 'b'], 2, 5), toggleBulletList);
    expect(blocks(state)).toEqual([{ kind: 'list', items: [[{ text: 'a' }], [{ text: 'b' }]] }]);
    expect(inBulletList(state)).toBe(true);
    state = state.apply(state.tr.setSelection(TextSelection.atEnd(state.doc)));
    state = run(state, splitBlock);
    state = state.apply(state.tr.insertText('c'));
    expect(blocks(state)).toEqual([{ kind: 'list', items: [[{ text: 'a' }], [{ text: 'b' }], [{ text: 'c' }]] }]);
    state = run(run(state, splitBlock), splitBlock);
    expect(inBulletList(state)).toBe(false);
    state = state.apply(state.tr.insertText('after'));
    expect(blocks(state)).toEqual([
      { kind: 'list', items: [[{ text: 'a' }], [{ text: 'b' }], [{ text: 'c' }]] },
      { kind: 'paragraph', runs: [{ text: 'after' }] },
    ]);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
    state = run(state, toggleBulletList);
    expect(blocks(state).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('splits a paragraph at the cursor', () => {
    const state = run(stateOf(['onetwo'], 4), splitBlock);
    expect(blocks(state)).toEqual([{ kind: 'paragraph', runs: [{ text: 'one' }] }, { kind: 'paragraph', runs: [{ text: 'two' }] }]);
  });
});
