/**
 * The `Merge summary` dialog after a `.brief` import: what was added, updated and deleted —
 * each updated or deleted annotation with its quote, what changed and who changed it — and
 * each conflict with both versions, who made each, why one was kept and what differs; the
 * analyst can swap a conflict, and swap it back.
 */
import { describeOrigin } from '../../../app/annotations/annotation-origin';
import { differingFields } from '../../../app/annotations/annotation-diff';
import type { AnnotationVersion } from '../../../app/annotations/annotation-version';
import type { MergeConflict } from '../../../app/exchange/merge-conflict';
import type { MergeChange, MergeSummary } from '../../../app/exchange/merge';
import { tagStyle } from '../../../app/model/tags';
import { shortLabel } from '../../../app/annotations/annotation-label';
import { ModalDialog } from '../../ui/ModalDialog';

/** A conflict as the dialog shows it: as it stands now, and whether the analyst swapped it. */
export interface ConflictState {
  readonly conflict: MergeConflict;
  readonly swapped: boolean;
  /** Swapped to a deletion: there is no version left to swap back to. */
  readonly final?: boolean;
}

/** Props of {@link MergeSummaryDialog}. */
export interface MergeSummaryDialogProps {
  /** Where the file came from, e.g. `from Bob's brief, 2026-01-05`. */
  readonly source: string;
  readonly summary: MergeSummary;
  readonly changes: readonly MergeChange[];
  /** What the file held that was left out, said so (a source address that is no web address). */
  readonly warnings: readonly string[];
  readonly conflicts: readonly ConflictState[];
  readonly onSwap: (index: number) => void;
  readonly onClose: () => void;
}

/** Who made a version: the teammate whose file brought it, or the analyst here. */
function maker(version: AnnotationVersion): string {
  if (version.kind === 'tombstone') return version.tombstone.deletedBy;
  const { origin } = version.annotation;
  return origin ? origin.author : 'you (made here)';
}

/** One version of a conflict in words: who made it, its tag and note, or its deletion. */
function describeVersion(version: AnnotationVersion): string {
  if (version.kind === 'tombstone') return `deleted by ${version.tombstone.deletedBy}`;
  const { annotation } = version;
  const origin = annotation.origin ? ` (${describeOrigin(annotation.origin)})` : '';
  return `by ${maker(version)}${origin}: ${tagStyle(annotation.tag).label}, note “${annotation.note}”`;
}

/** Why the kept version was kept, in words. */
const REASONS: Readonly<Record<MergeConflict['reason'], string>> = {
  later: 'the later change was kept',
  'edited-here': 'you changed it here after the file was exported, so your version was kept',
  future: 'the file dates its version ahead of this computer’s clock, so that date was not believed and your version was kept',
};

/** The fields two versions differ in, or the deletion. */
function differences(conflict: MergeConflict): string {
  const { discarded, kept } = conflict;
  if (discarded.kind === 'tombstone') return 'deleted in one copy, kept in the other';
  const fields = differingFields(kept, discarded.annotation);
  return fields.length > 0 ? `differs in: ${fields.join(', ')}` : 'differs only in when it was changed';
}

/** The merge summary, shown as a modal dialog until closed. */
export function MergeSummaryDialog({ source, summary, changes, warnings, conflicts, onSwap, onClose }: MergeSummaryDialogProps) {
  return (
    <ModalDialog titleId="merge-summary-title" className="merge-summary" onCancel={onClose}>
      <h2 id="merge-summary-title">Merge summary</h2>
      <p>Merged the annotations {source}.</p>
      {warnings.length > 0 && (
        <ul aria-label="Left out" className="merge-warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <ul aria-label="Merge counts" className="merge-counts">
        <li>Added: {summary.added}</li>
        <li>Updated: {summary.updated}</li>
        <li>Deleted: {summary.deleted}</li>
        <li>Conflicts: {summary.conflicts}</li>
      </ul>
      {changes.length > 0 && (
        <>
          <h3>Updated and deleted here</h3>
          <ul aria-label="Changes" className="merge-changes">
            {changes.map((change) => (
              <li key={change.id}>
                <strong>{shortLabel(change.before)}</strong>{' '}
                {change.outcome === 'deleted' ? `deleted by ${change.by}` : `updated by ${change.by}: ${change.fields.join(', ') || 'links to deleted annotations dropped'}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {conflicts.length > 0 && (
        <>
          <h3>Conflicts</h3>
          <p>Both copies changed these annotations. Swap to keep the other version; swap again to go back.</p>
          <ul aria-label="Conflicts" className="merge-conflicts">
            {conflicts.map(({ conflict, swapped, final }, index) => (
              <li key={conflict.id}>
                <strong>{shortLabel(conflict.kept)}</strong>
                <div>{swapped ? 'You swapped it.' : `Why: ${REASONS[conflict.reason]}.`}</div>
                <div>Kept: {final ? describeVersion(conflict.discarded) : describeVersion({ kind: 'annotation', annotation: conflict.kept })}</div>
                <div>Set aside: {final ? describeVersion({ kind: 'annotation', annotation: conflict.kept }) : describeVersion(conflict.discarded)}</div>
                <div className="merge-differences">{differences(conflict)}</div>
                <button type="button" disabled={final} aria-label={`${swapped ? 'Swap back' : 'Swap'} ${shortLabel(conflict.kept)}`} onClick={() => onSwap(index)}>
                  {final ? 'Swapped' : swapped ? 'Swap back' : 'Swap'}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
