/**
 * Whether an event happened in a text field, where keys and pastes edit text and must keep
 * their editing meaning. The article's own view is contenteditable for selection only, so
 * it is not one.
 */

/** Whether `target` is inside an input, textarea, select or editable text (not the article). */
export function inTextField(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('input, textarea, select, [contenteditable="true"]:not(.article-text)');
}
