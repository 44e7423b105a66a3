/**
 * Annotations in the database. Each function is one user action and one transaction, which
 * has committed when its promise resolves, so the UI reports only what is stored.
 */
import type { Annotation } from '../../app/model';
import type { BriefingDeskDatabase } from './database';

/** Stores a new annotation. Rejects if the id exists already, rather than overwrite it. */
export async function addAnnotation(db: BriefingDeskDatabase, annotation: Annotation): Promise<void> {
  await db.transaction('rw', db.annotations, () => db.annotations.add(annotation));
}

/** Every annotation of an article, in no particular order. */
export function annotationsOf(db: BriefingDeskDatabase, articleId: string): Promise<Annotation[]> {
  return db.annotations.where('articleId').equals(articleId).toArray();
}
