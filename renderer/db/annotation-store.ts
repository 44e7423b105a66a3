/**
 * Annotations in the database. Each function is one user action and one transaction, which
 * has committed when its promise resolves, so the UI reports only what is stored.
 */
import type { ChangeSet } from '../../app/annotation-changes';
import type { Annotation } from '../../app/model';
import type { BriefingDeskDatabase } from './database';

/**
 * Stores one action's changes atomically: annotations put or deleted, a tombstone left for
 * each deletion and lifted when an undo brings the annotation back.
 */
export async function applyChanges(db: BriefingDeskDatabase, changes: ChangeSet, deletedBy: string, now: string): Promise<void> {
  await db.transaction('rw', db.annotations, db.tombstones, async () => {
    for (const { before, after } of changes) {
      if (after) {
        await db.annotations.put(after);
        if (!before) await db.tombstones.delete(after.id);
      } else if (before) {
        await db.annotations.delete(before.id);
        await db.tombstones.put({ id: before.id, articleId: before.articleId, deletedAt: now, deletedBy });
      }
    }
  });
}

/** Every annotation of an article, in no particular order. */
export function annotationsOf(db: BriefingDeskDatabase, articleId: string): Promise<Annotation[]> {
  return db.annotations.where('articleId').equals(articleId).toArray();
}
