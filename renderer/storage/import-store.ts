/**
 * Storing an import: a new article, or a new revision of an annotated one with its
 * re-anchored annotations and review queue, all in one transaction; or nothing at all when
 * the same text is already in the library.
 */
import { canonicalText } from '../../app/model/canonical-text';
import { sha256Hex } from '../../app/model/content-hash';
import type { Annotation, Article, ArticleDraft } from '../../app/model/model';
import type { Reanchored } from '../../app/anchoring/reanchor';
import { planRevision, type RevisionItem, type RevisionPlan } from '../../app/revisions/revision-plan';
import { recordRevision } from '../../app/revisions/revision-record';
import { isEarlierVersion } from '../../app/revisions/earlier-revision';
import type { BriefingDeskDatabase } from './database';

/** The stored article with the same canonical text as `draft`, if there is one. */
export async function articleWithText(db: BriefingDeskDatabase, draft: ArticleDraft): Promise<Article | undefined> {
  const textHash = await sha256Hex(canonicalText(draft.blocks));
  return db.articles.where('textHash').equals(textHash).first();
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
  /** The revision the new text replaces. */
  readonly previous: Article;
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
 * `draft` as a revision of `previous`: the source details the new import lacks (publisher,
 * byline, date, address) carry over from the revision before.
 */
function withEarlierDetails(draft: ArticleDraft, previous: Article): ArticleDraft {
  return {
    ...draft,
    byline: draft.byline ?? previous.byline,
    publisher: draft.publisher ?? previous.publisher,
    published: draft.published ?? previous.published,
    sourceUrl: draft.sourceUrl ?? previous.sourceUrl,
  };
}

/** `value` without the keys whose value is undefined (IndexedDB would store them as such). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Stores `draft` as a new article, or, when `revision` is given, as the next revision of
 * `revision.previous`: with its annotations (anchored and orphaned, each in its brief), its
 * review queue, its place in the article's history, and in place of the revision before among
 * every brief's sources, all in one transaction. When
 * the same text is already stored, returns that article and writes nothing.
 */
export async function storeImport(db: BriefingDeskDatabase, draft: ArticleDraft, revision?: RevisionOutcomes, now: Date = new Date()): Promise<StoredImport> {
  const filled = revision ? defined(withEarlierDetails(draft, revision.previous)) : draft;
  const textHash = await sha256Hex(canonicalText(filled.blocks));
  const article: Article = { ...filled, id: crypto.randomUUID(), textHash, importedAt: now.toISOString() };
  const plan = revision && planRevision(revision.annotations, revision.outcomes, article.id, article.importedAt, () => crypto.randomUUID());
  const record = revision && plan && recordRevision(revision.previous, article, plan.outcomes);
  return db.transaction('rw', [db.articles, db.annotations, db.revisions, db.history, db.dossiers], async () => {
    const existing = await db.articles.where('textHash').equals(textHash).first();
    if (existing) return { article: existing, existed: true };
    await db.articles.add(article);
    if (revision && plan && record) {
      await db.annotations.bulkAdd([...plan.annotations]);
      await db.revisions.bulkAdd([...plan.queue]);
      await db.history.add(record);
      // Every brief that drew on the revision before now draws on this one, in its place.
      const briefs = await db.dossiers.where('sources').equals(revision.previous.id).toArray();
      await db.dossiers.bulkPut(briefs.map((brief) => ({ ...brief, sources: brief.sources.map((source) => (source === revision.previous.id ? article.id : source)) })));
    }
    return { article, existed: false, counts: plan?.counts };
  });
}

/**
 * The article's annotations waiting for review, in the new text's order. An entry whose
 * annotation is already stored (decided, but the entry not yet removed) is left out.
 */
export async function revisionQueue(db: BriefingDeskDatabase, articleId: string): Promise<RevisionItem[]> {
  const reviews = await db.revisions.where('articleId').equals(articleId).toArray();
  if (reviews.length === 0) return [];
  // Only the queued items' own keys are read: a live query of every annotation of the article
  // (10,000 keys) ran again after each tagging, about 25 ms of the main thread at 10k, and a
  // new annotation's key is none of these, so a tagging no longer wakes this query at all.
  const decided = new Set((await db.annotations.bulkGet(reviews.map((r) => r.id))).flatMap((a) => (a ? [a.id] : [])));
  return reviews.filter((r) => !decided.has(r.id)).sort((a, b) => a.candidate.position.start - b.candidate.position.start);
}

/** Removes a review entry once its annotation is stored. */
export async function settleRevisionItem(db: BriefingDeskDatabase, id: string): Promise<void> {
  await db.revisions.delete(id);
}
