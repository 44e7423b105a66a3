/**
 * Merge conflicts: an id that both copies changed, where the merge kept one version and set
 * the other aside. Nothing is lost: the analyst sees both and can swap them.
 */
import type { Annotation, AnnotationOrigin } from '../model/model';
import type { AnnotationChanges, AnnotationSet } from '../annotations/annotation-set';
import { lastModified, type AnnotationVersion } from '../annotations/annotation-version';
import { pruneLinks } from '../annotations/prune-links';

/**
 * One id both copies changed. The kept version is always an annotation: when a deletion
 * outranks an edit nothing is set aside (the deleted annotation was not updated after its
 * deletion), so only an edit outranking a deletion or another edit makes a conflict.
 */
export interface MergeConflict {
  readonly id: string;
  /**
   * `both-edited`: the two copies hold different versions of the annotation.
   * `edited-after-deletion`: one copy deleted it, the other edited it after that deletion.
   */
  readonly kind: 'both-edited' | 'edited-after-deletion';
  /** The version now stored. */
  readonly kept: Annotation;
  /** The version set aside: the other annotation, or the other copy's tombstone. */
  readonly discarded: AnnotationVersion;
  /** Which copy the kept version came from. */
  readonly keptSide: 'local' | 'incoming';
  /**
   * Why the kept version was kept: `later`, it is the later change; `edited-here`, the
   * analyst changed it here after the file was exported, so the file's version never
   * replaces it unasked; `future`, the file's version is dated ahead of this machine's clock
   * by more than a small skew, so its time is not believed.
   */
  readonly reason: 'later' | 'edited-here' | 'future';
  /** The file the incoming version came from. */
  readonly source: AnnotationOrigin;
}

/**
 * The changes that swap a conflict: the discarded version is stored instead of the kept one
 * (an annotation put back, or the annotation deleted and links to it dropped from `current`).
 * The swapped-in version is stamped `at` (now, ISO 8601), or 1 ms after the kept version if
 * a clock made that later, so that the analyst's choice outranks the kept version when the
 * same files are merged again.
 */
export function swapConflict(current: AnnotationSet, conflict: MergeConflict, at: string): AnnotationChanges {
  const stamp = swapStamp(conflict, at);
  const { discarded } = conflict;
  if (discarded.kind === 'annotation') {
    return { toPut: [{ ...discarded.annotation, updatedAt: stamp }], toDelete: [], tombstonesToPut: [], tombstonesToDelete: [] };
  }
  const deleted = new Set([conflict.id]);
  const survivors = current.annotations.filter((a) => a.id !== conflict.id);
  return {
    toPut: survivors.flatMap((a) => {
      const pruned = pruneLinks(a, deleted);
      return pruned === a ? [] : [pruned];
    }),
    toDelete: [conflict.id],
    tombstonesToPut: [{ ...discarded.tombstone, deletedAt: stamp }],
    tombstonesToDelete: [],
  };
}

/**
 * The conflict as it stands after `swapConflict(…, conflict, at)`: the set-aside version
 * kept (stamped as the swap stamps it), the kept one set aside, so a second swap goes back.
 * Only an annotation can be kept: a set-aside deletion swapped in leaves nothing to swap back
 * to, and gives undefined.
 */
export function swappedConflict(conflict: MergeConflict, at: string): MergeConflict | undefined {
  const stamp = swapStamp(conflict, at);
  const { discarded } = conflict;
  if (discarded.kind !== 'annotation') return undefined;
  return {
    ...conflict,
    kept: { ...discarded.annotation, updatedAt: stamp },
    discarded: { kind: 'annotation', annotation: conflict.kept },
    keptSide: conflict.keptSide === 'local' ? 'incoming' : 'local',
    reason: 'later',
  };
}

/** The time a swapped-in version is stamped with: `at`, or 1 ms after the kept version. */
function swapStamp(conflict: MergeConflict, at: string): string {
  const now = Date.parse(at);
  if (Number.isNaN(now)) throw new RangeError(`Cannot swap a conflict at an unreadable time: "${at}"`);
  return new Date(Math.max(now, lastModified(conflict.kept) + 1)).toISOString();
}
