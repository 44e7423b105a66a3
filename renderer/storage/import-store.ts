/**
 * Storing an import: a new article, or a new revision of an annotated one with its
 * re-anchored annotations and review queue, all in one transaction; or nothing at all when
 * the same text is already in the library.
 */
import { canonicalText } from '../../app/model/canonical-text';
import { sha256Hex } from '../../app/model/content-hash';
import type { Annotation, Article, ArticleDraft } from '../../app/model/model';
import type { Reanchored } from '../../app/anchoring/reanchor';
import { planRevision, type RevisionItem, type RevisionPlan } from '../../app/anchoring/revision-plan';
import type { BriefingDeskDatabase } from './database';

/** The stored article with the same canonical text as `draft`, if there is one. */
export async function articleWithText(db: BriefingDeskDatabase, draft: ArticleDraft): Promise<Article | undefined> {
  const textHash = await sha256Hex(canonicalText(draft.blocks));
  return db.articles.where('textHash').equals(textHash).first();
}

/** Whether `article` reads as an earlier version of `draft`: same title, or same source URL. */
export function isEarlierVersion(article: Article, draft: ArticleDraft): boolean {
  const same = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
  return same(article.title, draft.title) || same(article.sourceUrl, draft.sourceUrl);
}

/** The most recent annotated article that `draft` looks like a revision of, if any. */
export async function suggestedRevisionOf(db: BriefingDeskDatabase, draft: ArticleDraft): Promise<Article | undefined> {
  const matches = (await db.articles.toArray()).filter((article) => isEarlierVersion(article, draft));
  matches.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  for (const article of matches) {
    if ((await db.annotations.where('articleId').equals(article.id).count()) > 0) return article;
  }
  return undefined;
}

/** The annotations of an earlier version and where re-anchoring found each on the new text. */
export interface RevisionOutcomes {
  readonly annotations: readonly Annotation[];
  readonly outcomes: readonly Reanchored[];
}

/** How an import was stored. */
export interface StoredImport {
  readonly article: Article;
  /** True when the same text was already in the library: nothing was written. */
  readonly existed: boolean;
  /** For a revision: how many annotations were anchored, queued for review and orphaned. */
  readonly counts?: RevisionPlan['counts'];
}

/**
 * Stores `draft` as a new article, with a revision's annotations (anchored and orphaned) and
 * its review queue when `revision` is given, in one transaction; or returns the stored
 * article with the same text, writing nothing.
 */
export async function storeImport(db: BriefingDeskDatabase, draft: ArticleDraft, revision?: RevisionOutcomes, now: Date = new Date()): Promise<StoredImport> {
  const textHash = await sha256Hex(canonicalText(draft.blocks));
  const article: Article = { ...draft, id: crypto.randomUUID(), textHash, importedAt: now.toISOString() };
  const plan = revision && planRevision(revision.annotations, revision.outcomes, article.id, article.importedAt, () => crypto.randomUUID());
  return db.transaction('rw', [db.articles, db.annotations, db.revisions], async () => {
    const existing = await db.articles.where('textHash').equals(textHash).first();
    if (existing) return { article: existing, existed: true };
    await db.articles.add(article);
    if (plan) {
      await db.annotations.bulkAdd([...plan.annotations]);
      await db.revisions.bulkAdd([...plan.queue]);
    }
    return { article, existed: false, counts: plan?.counts };
  });
}

/**
 * The article's annotations waiting for review, in the new text's order. An entry whose
 * annotation is already stored (decided, but the entry not yet removed) is left out.
 */
export async function revisionQueue(db: BriefingDeskDatabase, articleId: string): Promise<RevisionItem[]> {
  const [reviews, stored] = await Promise.all([
    db.revisions.where('articleId').equals(articleId).toArray(),
    db.annotations.where('articleId').equals(articleId).primaryKeys(),
  ]);
  const decided = new Set(stored);
  return reviews.filter((r) => !decided.has(r.id)).sort((a, b) => a.candidate.position.start - b.candidate.position.start);
}

/** Removes a review entry once its annotation is stored. */
export async function settleRevisionItem(db: BriefingDeskDatabase, id: string): Promise<void> {
  await db.revisions.delete(id);
}
