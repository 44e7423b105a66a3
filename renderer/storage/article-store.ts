/**
 * Articles in the database: storing an imported draft (once per content hash), making sure
 * the sample article is there on a first start, and deleting one with a way back.
 */
import type { Annotation, Article, ArticleDraft } from '../../app/model/model';
import type { Brief } from '../../app/brief/brief';
import { TAGS, type Tag } from '../../app/model/tags';
import type { AnnotationTombstone } from '../../app/annotations/tombstone';
import type { RevisionItem } from '../../app/anchoring/revision-plan';
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

/** An article with everything stored about it, as taken out by a delete, for its undo. */
export interface ArticleSnapshot {
  readonly article: Article;
  readonly annotations: readonly Annotation[];
  readonly tombstones: readonly AnnotationTombstone[];
  readonly brief: Brief | undefined;
  /** A revision's annotations still waiting in its `Needs review` queue. */
  readonly revisionItems: readonly RevisionItem[];
}

/** Deletes an article with its annotations, tombstones and brief; resolves with what was taken. */
export async function deleteArticle(db: BriefingDeskDatabase, articleId: string): Promise<ArticleSnapshot> {
  return db.transaction('rw', [db.articles, db.annotations, db.tombstones, db.briefs, db.revisions], async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new Error('That article is no longer in the library.');
    const annotations = await db.annotations.where('articleId').equals(articleId).toArray();
    const tombstones = await db.tombstones.where('articleId').equals(articleId).toArray();
    const brief = await db.briefs.get(articleId);
    const revisionItems = await db.revisions.where('articleId').equals(articleId).toArray();
    await db.revisions.where('articleId').equals(articleId).delete();
    await db.annotations.where('articleId').equals(articleId).delete();
    await db.tombstones.where('articleId').equals(articleId).delete();
    await db.briefs.delete(articleId);
    await db.articles.delete(articleId);
    return { article, annotations, tombstones, brief, revisionItems };
  });
}

/** Puts back what `deleteArticle` took. */
export async function restoreArticle(db: BriefingDeskDatabase, snapshot: ArticleSnapshot): Promise<void> {
  await db.transaction('rw', [db.articles, db.annotations, db.tombstones, db.briefs, db.revisions], async () => {
    await db.articles.put(snapshot.article);
    await db.revisions.bulkPut([...snapshot.revisionItems]);
    await db.annotations.bulkPut([...snapshot.annotations]);
    await db.tombstones.bulkPut([...snapshot.tombstones]);
    if (snapshot.brief) await db.briefs.put(snapshot.brief);
  });
}

/** How many annotations of each tag an article has. */
export async function tagCounts(db: BriefingDeskDatabase, articleId: string): Promise<Record<Tag, number>> {
  const counts = await Promise.all(TAGS.map((tag) => db.annotations.where('[articleId+tag]').equals([articleId, tag]).count()));
  return Object.fromEntries(TAGS.map((tag, i) => [tag, counts[i] ?? 0])) as Record<Tag, number>;
}
