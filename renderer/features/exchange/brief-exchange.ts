/**
 * `.brief` files in and out of the database: the file of one stored article, and a parsed
 * file imported — stored as a new article when its text is not here, merged per annotation
 * (app/exchange/merge.ts) into the article with the same content hash when it is. Every import and
 * every conflict swap is one transaction, so a failure leaves the database as it was.
 */
import type { AnnotationChanges, AnnotationSet } from '../../../app/annotations/annotation-set';
import type { BriefFile } from '../../../app/exchange/brief-file';
import { serializeBriefFile } from '../../../app/exchange/brief-file';
import { mergeAnnotations, mergeChangeSet, type MergePlan } from '../../../app/exchange/merge';
import { swapConflict, type MergeConflict } from '../../../app/exchange/merge-conflict';
import type { Article } from '../../../app/model/model';
import type { ChangeSet } from '../../../app/annotations/annotation-changes';
import type { BriefingDeskDatabase } from '../../storage/database';

/** What an import did: the article it went to, whether that was new here, and the merge. */
export interface ImportOutcome {
  readonly article: Article;
  /** True when the article was not in the library and was added with the file. */
  readonly newArticle: boolean;
  readonly plan: MergePlan;
  /** The merge's annotation changes as one change set: what Undo takes back. */
  readonly changes: ChangeSet;
}

/** The `.brief` file text of a stored article: its text, brief, annotations and tombstones. */
export async function exportBriefText(db: BriefingDeskDatabase, article: Article, exportedBy: string, exportedAt: string): Promise<string> {
  const [annotations, tombstones, brief] = await db.transaction('r', [db.annotations, db.tombstones, db.briefs], () =>
    Promise.all([
      db.annotations.where('articleId').equals(article.id).toArray(),
      db.tombstones.where('articleId').equals(article.id).toArray(),
      db.briefs.get(article.id),
    ]),
  );
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return serializeBriefFile({ article, brief, annotations: annotations.sort(byId), tombstones: tombstones.sort(byId), exportedAt, exportedBy });
}

/** An article's annotations and tombstones as a merge sees them; call inside a transaction. */
async function annotationSetOf(db: BriefingDeskDatabase, articleId: string): Promise<AnnotationSet> {
  const [annotations, tombstones] = await Promise.all([
    db.annotations.where('articleId').equals(articleId).toArray(),
    db.tombstones.where('articleId').equals(articleId).toArray(),
  ]);
  return { annotations, tombstones };
}

/** Writes changes; call inside a read-write transaction over annotations and tombstones. */
async function writeChanges(db: BriefingDeskDatabase, changes: AnnotationChanges): Promise<void> {
  await db.annotations.bulkDelete([...changes.toDelete]);
  await db.annotations.bulkPut([...changes.toPut]);
  await db.tombstones.bulkDelete([...changes.tombstonesToDelete]);
  await db.tombstones.bulkPut([...changes.tombstonesToPut]);
}

/**
 * Imports a parsed `.brief` file in one transaction. The file's article is matched by its
 * text hash: absent, it is stored (under the file's id unless that id is taken here) with
 * the file's brief; present, the file's annotations and tombstones are merged into its own,
 * and the file's brief is added only if the article has none. Imported annotations keep
 * their author and are stamped with the file as their origin.
 */
export async function importBriefFile(db: BriefingDeskDatabase, file: BriefFile): Promise<ImportOutcome> {
  return db.transaction('rw', [db.articles, db.annotations, db.tombstones, db.briefs, db.history], async () => {
    // The text travels for checking; stored articles keep only their blocks.
    const fileArticle: Article = { ...file.article };
    delete (fileArticle as { text?: string }).text;
    const existing = await db.articles.where('textHash').equals(fileArticle.textHash).first();
    // An earlier revision is kept as it was: its teammate's annotations would change it unseen.
    const later = existing && (await db.history.where('previousId').equals(existing.id).first());
    if (existing && later) {
      throw new Error(`its article is an earlier revision of “${existing.title}”, which is kept as it was. Ask for a brief file made on the latest revision.`);
    }
    let article: Article = existing ?? fileArticle;
    if (!existing) {
      if (await db.articles.get(fileArticle.id)) article = { ...fileArticle, id: crypto.randomUUID() };
      await db.articles.add(article);
    }
    const articleId = article.id;
    const incoming = {
      annotations: file.annotations.map((a) => ({ ...a, articleId })),
      tombstones: file.tombstones.map((t) => ({ ...t, articleId })),
      source: { author: file.exportedBy, exportedAt: file.exportedAt },
    };
    const local = await annotationSetOf(db, articleId);
    const plan = mergeAnnotations(local, incoming);
    await writeChanges(db, plan);
    if (file.brief && !(await db.briefs.get(articleId))) await db.briefs.add({ ...file.brief, articleId });
    return { article, newArticle: !existing, plan, changes: mergeChangeSet(local, plan) };
  });
}

/** Swaps a merge conflict (the set-aside version stored instead of the kept one), in one transaction. */
export async function swapStoredConflict(db: BriefingDeskDatabase, conflict: MergeConflict, at: string): Promise<void> {
  await db.transaction('rw', [db.annotations, db.tombstones], async () => {
    await writeChanges(db, swapConflict(await annotationSetOf(db, conflict.kept.articleId), conflict, at));
  });
}
