/**
 * Routes a file the OS opened (desktop app: double-click, command line, Open Recent) to the
 * importer that takes it, by the same path as a file dropped on the window: a `drop` event
 * carrying it. Whatever handles drops of that kind (the `.brief` exchange, the article import)
 * handles it, and one importer stays the only way in.
 */
import type { OpenedFile } from '../../../app/platform/desktop-contract';

/** Dispatches `file` as dropped on `target`; true when an importer took it (prevented the default). */
export function deliverOpenedFile(file: OpenedFile, target: EventTarget = window): boolean {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  const dropped = new File([file.text], file.name, { type: file.name.toLowerCase().endsWith('.brief') ? 'application/json' : '' });
  // A plain Event with the one DataTransfer field importers read: a page cannot fill a real one.
  Object.defineProperty(event, 'dataTransfer', { value: { files: [dropped], types: ['Files'] } });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** What the analyst reads when no importer took the file. */
export function notOpenedMessage(name: string): string {
  return `${name} was not opened: this version of Briefing Desk has no importer for it yet. Nothing was changed.`;
}
