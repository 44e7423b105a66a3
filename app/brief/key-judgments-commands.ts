/**
 * Editing commands of the key-judgments editor, in ProseMirror's command shape
 * `(state, dispatch?) => boolean`: bold and italic, Enter (split a paragraph or a list item,
 * or leave the list from an empty item), and the bullet list on and off. Written for this
 * one small schema; pure, so they are tested in Node.
 */
import type { MarkType, Node as PMNode } from 'prosemirror-model';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { keyJudgmentsSchema } from './key-judgments';

/** A ProseMirror command. */
export type Command = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean;

const { paragraph, bullet_list: bulletList, list_item: listItem } = keyJudgmentsSchema.nodes;

/** Whether the mark is on at the cursor (stored or inherited) or over the whole selection. */
export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type) && isMarkedThroughout(state.doc, from, to, type);
}

function isMarkedThroughout(doc: PMNode, from: number, to: number, type: MarkType): boolean {
  let all = true;
  doc.nodesBetween(from, to, (node) => {
    if (node.isText && !type.isInSet(node.marks)) all = false;
  });
  return all;
}

/** Toggles a mark: over the selection, or for what is typed next at a cursor. */
export function toggleMark(type: MarkType): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const { from, to, empty } = state.selection;
      const active = markActive(state, type);
      if (empty) dispatch(active ? state.tr.removeStoredMark(type) : state.tr.addStoredMark(type.create()));
      else dispatch((active ? state.tr.removeMark(from, to, type) : state.tr.addMark(from, to, type.create())).scrollIntoView());
    }
    return true;
  };
}

/** The depth of the list item holding the cursor, or undefined outside a list. */
function listItemDepth(state: EditorState): number | undefined {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type === listItem) return d;
  return undefined;
}

/** Whether the selection starts inside a bullet list. */
export function inBulletList(state: EditorState): boolean {
  return listItemDepth(state) !== undefined;
}

/**
 * Enter: in a list item, a new item (or, from an empty item, leave the list); elsewhere a new
 * paragraph. The selection is deleted first, and marks typed at the cursor carry on.
 */
export const splitBlock: Command = (state, dispatch) => {
  const depth = listItemDepth(state);
  const { $from } = state.selection;
  if (depth !== undefined && $from.parent.content.size === 0 && $from.node(depth).childCount === 1) return leaveList(state, depth, dispatch);
  if (dispatch) {
    const tr = state.tr.deleteSelection();
    const marks = state.storedMarks ?? (state.selection.$to.parentOffset > 0 ? state.selection.$from.marks() : null);
    tr.split(tr.selection.from, depth === undefined ? 1 : 2);
    if (marks) tr.ensureMarks(marks);
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** An empty list item becomes a paragraph between the items before and after it. */
function leaveList(state: EditorState, itemDepth: number, dispatch?: (tr: Transaction) => void): boolean {
  if (!dispatch) return true;
  const { $from } = state.selection;
  const list = $from.node(itemDepth - 1);
  const index = $from.index(itemDepth - 1);
  const items = childrenOf(list);
  const before = items.slice(0, index);
  const after = items.slice(index + 1);
  const head = before.length > 0 ? [bulletList.create(null, before)] : [];
  const nodes = [...head, paragraph.create(), ...(after.length > 0 ? [bulletList.create(null, after)] : [])];
  const start = $from.before(itemDepth - 1);
  const tr = state.tr.replaceWith(start, $from.after(itemDepth - 1), nodes);
  tr.setSelection(TextSelection.create(tr.doc, start + (head[0]?.nodeSize ?? 0) + 1));
  dispatch(tr.scrollIntoView());
  return true;
}

/**
 * The bullet list on or off. Inside a list, the whole list becomes paragraphs again; otherwise
 * every top-level block the selection touches becomes a list item (lists among them merged).
 */
export const toggleBulletList: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  const first = $from.index(0);
  const last = $to.index(0);
  const start = $from.posAtIndex(first, 0);
  const end = $to.posAtIndex(last + 1, 0);
  const blocks: PMNode[] = [];
  state.doc.forEach((node, _offset, index) => {
    if (index >= first && index <= last) blocks.push(node);
  });
  if (!dispatch) return true;
  const tr = state.tr;
  if (inBulletList(state)) {
    const paragraphs = blocks.flatMap((block) => (block.type === bulletList ? childrenOf(block).flatMap(childrenOf) : [block]));
    tr.replaceWith(start, end, paragraphs);
    // Each item loses two opening tokens (the list's once, the item's each time) before the cursor.
    const itemIndex = $from.index(1);
    tr.setSelection(TextSelection.near(tr.doc.resolve(Math.max(0, $from.pos - 2 - itemIndex * 2))));
  } else {
    const items = blocks.flatMap((block) => (block.type === bulletList ? childrenOf(block) : [listItem.create(null, block.type === paragraph ? block : paragraph.create())]));
    tr.replaceWith(start, end, bulletList.create(null, items));
    tr.setSelection(TextSelection.near(tr.doc.resolve($from.pos + 2)));
  }
  dispatch(tr.scrollIntoView());
  return true;
};

function childrenOf(node: PMNode): PMNode[] {
  const children: PMNode[] = [];
  node.forEach((child) => children.push(child));
  return children;
}
