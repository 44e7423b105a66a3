/**
 * Articles in the database: storing an imported draft (once per content hash) and making
 * sure the sample article is there on a first start.
 */
import type { Article, ArticleDraft } from '../../app/model';
import { canonicalText } from '../../app/canonical-text';
import { sha256Hex } from '../../app/content-hash';
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
