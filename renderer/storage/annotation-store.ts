/**
 * Annotations in the database. Each function is one user action and one transaction, which
 * has committed when its promise resolves, so the UI reports only what is stored.
 */
import { netChanges, type ChangeSet } from '../../app/annotations/annotation-changes';
import type { Annotation } from '../../app/model/model';
import type { Brief } from '../../app/brief/brief';
import { tombstoneOf } from '../../app/annotations/tombstone';
import type { BriefingDeskDatabase } from './database';

/**
 * Stores one action's changes atomically: annotations put or deleted, a tombstone left for
 * each deletion and lifted when an undo brings the annotation back. Written in bulk, one
 * transaction; only the tombstones that exist are deleted (one key-range read finds them),
 * since a delete request per new annotation cost a 10k merge a third of its time.
 */
export async function applyChanges(db: BriefingDeskDatabase, changes: ChangeSet, deletedBy: string, now: string): Promise<void> {
  const net = netChanges(changes);
  const puts = net.flatMap(({ after }) => (after ? [after] : []));
  const created = net.flatMap(({ before, after }) => (after && !before ? [after.id] : []));
  const deleted = net.flatMap(({ before, after }) => (before && !after ? [before] : []));
  await db.transaction('rw', db.annotations, db.tombstones, async () => {
    const revived = created.length === 0 ? [] : await db.tombstones.where(':id').anyOf(created).primaryKeys();
    await db.annotations.bulkPut(puts);
    await db.tombstones.bulkDelete(revived);
    await db.annotations.bulkDelete(deleted.map((a) => a.id));
    await db.tombstones.bulkPut(deleted.map((a) => tombstoneOf(a, deletedBy, now)));
  });
}

/** Every annotation of an article in any brief, in no particular order (an earlier revision's, re-anchoring's input). */
export function annotationsOf(db: BriefingDeskDatabase, articleId: string): Promise<Annotation[]> {
  return db.annotations.where('articleId').equals(articleId).toArray();
}

/**
 * The annotations of `brief` on its sources, in no particular order. Those it keeps on an
 * article it no longer has as a source (removed, or an earlier revision of one) are left out.
 * One key-range read per source: `anyOf` walks a cursor, an item at a time, where `equals`
 * reads the range in one request.
 */
export async function annotationsOfBrief(db: BriefingDeskDatabase, brief: Pick<Brief, 'id' | 'sources'>): Promise<Annotation[]> {
  const perSource = await Promise.all(brief.sources.map((source) => db.annotations.where('[briefId+articleId]').equals([brief.id, source]).toArray()));
  return perSource.flat();
}

/** How many annotations, in every article, are signed `author`. */
export function countSignedBy(db: BriefingDeskDatabase, author: string): Promise<number> {
  return db.annotations.filter((a) => a.author === author).count();
}

/**
 * Signs every annotation signed `from` with `to` instead, in one transaction (the name an
 * analyst gives after tagging under the placeholder); resolves to how many it changed.
 */
export function resignAnnotations(db: BriefingDeskDatabase, from: string, to: string, now: string): Promise<number> {
  return db.transaction('rw', db.annotations, async () => {
    const signed = await db.annotations.filter((a) => a.author === from).toArray();
    await db.annotations.bulkPut(signed.map((a) => ({ ...a, author: to, updatedAt: now })));
    return signed.length;
  });
}
