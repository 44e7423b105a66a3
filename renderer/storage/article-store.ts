/**
 * Articles in the database: storing an imported draft (once per content hash), making sure
 * the sample article is there on a first start, and deleting one (with its revisions) with a way back.
 */
import type { Annotation, Article, ArticleDraft } from '../../app/model/model';
import type { Brief } from '../../app/brief/brief';
import { TAGS, type Tag } from '../../app/model/tags';
import type { AnnotationTombstone } from '../../app/annotations/tombstone';
import type { RevisionItem } from '../../app/revisions/revision-plan';
import type { RevisionRecord } from '../../app/revisions/revision-record';
import { canonicalText } from '../../app/model/canonical-text';
import { sha256Hex } from '../../app/model/content-hash';
import type { BriefingDeskDatabase } from './database';

/**
 * Stores a draft as an article, or returns the stored article with the same text (same
 * content hash) untouched, so importing a text twice opens the first copy.
 */
export async function storeArticle(db: BriefingDeskDatabase, draft: ArticleDraft, now: Date = new Date()): Promise<Article> {
  const textHash = await sha256Hex(canonicalText(draft.blocks));
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('textHash').equals(textHash).first();
    if (existing) return existing;
    const article: Article = { ...draft, id: crypto.randomUUID(), textHash, importedAt: now.toISOString() };
    await db.articles.add(article);
    return article;
  });
}

/**
 * The articles in the library, oldest import first; on an empty database the sample
 * article (from `loadSample`) is imported first, so a first start is ready to annotate.
 */
export async function openLibrary(db: BriefingDeskDatabase, loadSample: () => ArticleDraft): Promise<Article[]> {
  if ((await db.articles.count()) === 0) await storeArticle(db, loadSample());
  const articles = await db.articles.toArray();
  return articles.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** An article's revisions with everything stored about them, as taken out by a delete, for its undo. */
export interface ArticleSnapshot {
  readonly articles: readonly Article[];
  readonly annotations: readonly Annotation[];
  readonly tombstones: readonly AnnotationTombstone[];
  /** The briefs that had the revisions among their sources, as they were. */
  readonly briefs: readonly Brief[];
  /** Annotations of a revision still waiting in its `Needs review` queue. */
  readonly revisionItems: readonly RevisionItem[];
  /** Where the revisions stood in the article's history. */
  readonly history: readonly RevisionRecord[];
}

/**
 * Deletes the articles `articleIds` (an article's revisions) with their annotations (in every
 * brief), tombstones, review queues and history, and takes them out of every brief's sources
 * (the briefs stay), in one transaction; resolves with what was taken.
 */
export async function deleteArticles(db: BriefingDeskDatabase, articleIds: readonly string[]): Promise<ArticleSnapshot> {
  const ids = [...articleIds];
  return db.transaction('rw', [db.articles, db.annotations, db.tombstones, db.dossiers, db.revisions, db.history], async () => {
    const articles = (await db.articles.bulkGet(ids)).filter((a): a is Article => !!a);
    if (articles.length === 0) throw new Error('That article is no longer in the library.');
    const [annotations, tombstones, briefs, revisionItems, history] = await Promise.all([
      db.annotations.where('articleId').anyOf(ids).toArray(),
      db.tombstones.where('articleId').anyOf(ids).toArray(),
      db.dossiers.where('sources').anyOf(ids).distinct().toArray(),
      db.revisions.where('articleId').anyOf(ids).toArray(),
      db.history.where('articleId').anyOf(ids).toArray(),
    ]);
    await Promise.all([
      db.revisions.where('articleId').anyOf(ids).delete(),
      db.annotations.where('articleId').anyOf(ids).delete(),
      db.tombstones.where('articleId').anyOf(ids).delete(),
      db.dossiers.bulkPut(briefs.map((brief) => ({ ...brief, sources: brief.sources.filter((source) => !ids.includes(source)) }))),
      db.history.bulkDelete(ids),
      db.articles.bulkDelete(ids),
    ]);
    return { articles, annotations, tombstones, briefs, revisionItems, history };
  });
}

/** Puts back what `deleteArticles` took. */
export async function restoreArticles(db: BriefingDeskDatabase, snapshot: ArticleSnapshot): Promise<void> {
  await db.transaction('rw', [db.articles, db.annotations, db.tombstones, db.dossiers, db.revisions, db.history], async () => {
    await db.articles.bulkPut([...snapshot.articles]);
    await db.revisions.bulkPut([...snapshot.revisionItems]);
    await db.annotations.bulkPut([...snapshot.annotations]);
    await db.tombstones.bulkPut([...snapshot.tombstones]);
    await db.dossiers.bulkPut([...snapshot.briefs]);
    await db.history.bulkPut([...snapshot.history]);
  });
}

/** How many annotations of each tag an article has. */
export async function tagCounts(db: BriefingDeskDatabase, articleId: string): Promise<Record<Tag, number>> {
  const counts = await Promise.all(TAGS.map((tag) => db.annotations.where('[articleId+tag]').equals([articleId, tag]).count()));
  return Object.fromEntries(TAGS.map((tag, i) => [tag, counts[i] ?? 0])) as Record<Tag, number>;
}
