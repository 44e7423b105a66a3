/**
 * The canonical-text range an analyst has selected in the article view.
 */
import type { EditorState } from 'prosemirror-state';
import { docPosToTextOffset } from '../../app/article-doc';
import type { TextRange } from '../../app/text-selectors';

/**
 * The selection as a UTF-16 range of the canonical text, with surrounding whitespace
 * trimmed; undefined when nothing but whitespace is selected.
 */
export function selectedTextRange(state: EditorState, text: string): TextRange | undefined {
  const { from, to } = state.selection;
  if (from === to) return undefined;
  let start = docPosToTextOffset(state.doc, from);
  let end = docPosToTextOffset(state.doc, to);
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : undefined;
}
