/**
 * What an action did, in the few words an Undo or Redo item names it by (`Undo add Risk`,
 * `Redo delete Guarantee`), read from its change set alone.
 */
import { tagStyle } from '../model/tags';
import type { ChangeSet } from './annotation-changes';

/** A lowercase phrase for `changes`: `add Risk`, `delete Guarantee`, `edit note`, `verdict`… */
export function describeChanges(changes: ChangeSet): string {
  const [first] = changes;
  if (!first) return 'change';
  const added = changes.filter((c) => !c.before && c.after);
  if (added.length > 1) return `add ${added.length} annotations`;
  if (added[0]?.after) return `add ${tagStyle(added[0].after.tag).label}`;
  const deleted = changes.find((c) => c.before && !c.after);
  if (deleted?.before) return `delete ${tagStyle(deleted.before.tag).label}`;
  const { before, after } = first;
  if (!before || !after) return 'change';
  if (before.tag !== after.tag) return `change to ${tagStyle(after.tag).label}`;
  if (before.note !== after.note) return 'edit note';
  if (before.speaker !== after.speaker) return 'edit speaker';
  if (before.confidence !== after.confidence) return 'change confidence';
  if (before.links.join() !== after.links.join()) return after.links.length > before.links.length ? 'link' : 'unlink';
  if (before.verdict !== after.verdict) return 'verdict';
  if (before.textChange && !after.textChange && before.target === after.target) return 'confirm wording';
  if (before.target !== after.target) return 're-attach';
  return 'change';
}
