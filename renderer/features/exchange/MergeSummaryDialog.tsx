/**
 * The `Merge summary` dialog after a `.brief` import: what was added, updated and deleted,
 * and each conflict with both versions, which the analyst can swap.
 */
import { describeOrigin } from '../../../app/annotations/annotation-origin';
import type { AnnotationVersion } from '../../../app/annotations/annotation-version';
import type { MergeConflict } from '../../../app/exchange/merge-conflict';
import type { MergeSummary } from '../../../app/exchange/merge';
import { tagStyle } from '../../../app/model/tags';
import { shortLabel } from '../../../app/annotations/annotation-label';
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link MergeSummaryDialog}. */
export interface MergeSummaryDialogProps {
  /** Where the file came from, e.g. `from Bob's brief, 2026-01-05`. */
  readonly source: string;
  readonly summary: MergeSummary;
  readonly conflicts: readonly MergeConflict[];
  /** Ids of conflicts already swapped. */
  readonly swapped: ReadonlySet<string>;
  readonly onSwap: (conflict: MergeConflict) => void;
  readonly onClose: () => void;
}

/** One version of a conflict in words: its tag, note and author, or its deletion. */
function describeVersion(version: AnnotationVersion): string {
  if (version.kind === 'tombstone') return `deleted by ${version.tombstone.deletedBy}`;
  const { annotation } = version;
  const origin = annotation.origin ? ` (${describeOrigin(annotation.origin)})` : '';
  return `${tagStyle(annotation.tag).label}, note “${annotation.note}” by ${annotation.author}${origin}`;
}

/** The merge summary, shown as a modal dialog until closed. */
export function MergeSummaryDialog({ source, summary, conflicts, swapped, onSwap, onClose }: MergeSummaryDialogProps) {
  return (
    <ModalDialog titleId="merge-summary-title" className="merge-summary" onCancel={onClose}>
      <h2 id="merge-summary-title">Merge summary</h2>
      <p>Merged the annotations {source}.</p>
      <ul aria-label="Merge counts" className="merge-counts">
        <li>Added: {summary.added}</li>
        <li>Updated: {summary.updated}</li>
        <li>Deleted: {summary.deleted}</li>
        <li>Conflicts: {summary.conflicts}</li>
      </ul>
      {conflicts.length > 0 && (
        <>
          <h3>Conflicts</h3>
          <p>Both copies changed these annotations. The later change was kept; swap to keep the other.</p>
          <ul aria-label="Conflicts" className="merge-conflicts">
            {conflicts.map((conflict) => {
              const done = swapped.has(conflict.id);
              const [now, aside] = done ? [conflict.discarded, { kind: 'annotation' as const, annotation: conflict.kept }] : [{ kind: 'annotation' as const, annotation: conflict.kept }, conflict.discarded];
              return (
                <li key={conflict.id}>
                  <strong>{shortLabel(conflict.kept)}</strong>
                  <div>Kept: {describeVersion(now)}</div>
                  <div>Set aside: {describeVersion(aside)}</div>
                  <button type="button" disabled={done} aria-label={`Swap ${shortLabel(conflict.kept)}`} onClick={() => onSwap(conflict)}>
                    {done ? 'Swapped' : 'Swap'}
                  </button>
                </li>
              );
            })}
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
