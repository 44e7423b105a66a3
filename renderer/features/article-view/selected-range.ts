/**
 * The canonical-text range an analyst has selected in the article view.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { docPosToTextOffset } from '../../../app/anchoring/article-doc';
import type { TextRange } from '../../../app/anchoring/text-selectors';

/**
 * The doc range `from`–`to` as a UTF-16 range of the canonical text, with surrounding
 * whitespace trimmed; undefined when nothing but whitespace is selected.
 */
export function selectedTextRange(doc: PMNode, from: number, to: number, text: string): TextRange | undefined {
  if (from === to) return undefined;
  let start = docPosToTextOffset(doc, Math.min(from, to));
  let end = docPosToTextOffset(doc, Math.max(from, to));
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : undefined;
}
