/**
 * Briefs in the `dossiers` table: reading, saving, making and deleting them, and their sources.
 * Records are read back through `readStoredBrief`, so one an older version wrote opens with
 * defaults; every save is one transaction that merges a change into what is stored, so two
 * fields saved at once never overwrite each other.
 */
import { newBrief, readStoredBrief } from '../../app/brief/brief-record';
import { keyJudgmentsPlainText } from '../../app/brief/key-judgments';
import type { Brief, SourceText } from '../../app/brief/brief';
import type { Annotation, Article } from '../../app/model/model';
import { canonicalText } from '../../app/model/canonical-text';
import { annotationsOfBrief } from './annotation-store';
import type { AnnotationTombstone } from '../../app/annotations/tombstone';
import { countByTag } from '../../app/annotations/annotation-filter';
import type { Tag } from '../../app/model/tags';
import type { BriefingDeskDatabase } from './database';

/** What the brief editor changes: any field but its identity, its sources and the plain key judgments (derived). */
export type BriefChange = Partial<Omit<Brief, 'id' | 'sources' | 'keyJudgments'>>;

/** Brief `briefId`: the stored one validated, or a new one with no sources by `author`. */
export async function loadBrief(db: BriefingDeskDatabase, briefId: string, author: string): Promise<Brief> {
  return readStoredBrief(await db.dossiers.get(briefId), { id: briefId, sources: [] }, author);
}

/**
 * Stores `change` into brief `briefId` in one transaction and resolves to the brief as
 * stored. New key judgments also rewrite the plain-text form kept for older readers.
 * `onStoring` hears the brief as it is written, before the transaction commits, so a view
 * reading the brief live can tell its own writes from an import's.
 */
export async function updateBrief(db: BriefingDeskDatabase, briefId: string, author: string, change: BriefChange, onStoring?: (brief: Brief) => void): Promise<Brief> {
  return db.transaction('rw', db.dossiers, async () => {
    const current = await loadBrief(db, briefId, author);
    const next: Brief = {
      ...current,
      ...change,
      id: briefId,
      sources: current.sources,
      ...(change.keyJudgmentsDoc ? { keyJudgments: keyJudgmentsPlainText(change.keyJudgmentsDoc) } : {}),
    };
    // Validated like a read, so what is stored is exactly what the next read gives.
    const stored = readStoredBrief(next, next, author);
    onStoring?.(stored);
    await db.dossiers.put(stored);
    return stored;
  });
}

/** Makes and stores a new brief titled `title` on `sources` (article ids, in order). */
export async function createBrief(db: BriefingDeskDatabase, title: string, sources: readonly string[], author: string): Promise<Brief> {
  const brief: Brief = { ...newBrief({ id: crypto.randomUUID(), sources }, author), title };
  await db.dossiers.add(brief);
  return brief;
}

/**
 * Gives brief `briefId` the sources `sources` (article ids, in order; each once) in one
 * transaction — adding, removing and reordering are all this — and resolves to the brief as
 * stored. A removed source's annotations stay in the brief, unseen, so adding the article back
 * (or undoing the removal) brings them back as they were.
 */
export async function setSources(db: BriefingDeskDatabase, briefId: string, sources: readonly string[], author: string): Promise<Brief> {
  return db.transaction('rw', db.dossiers, db.articles, async () => {
    const unique = [...new Set(sources)];
    const found = await db.articles.bulkGet(unique);
    const missing = unique.find((_, i) => !found[i]);
    if (missing) throw new Error('That article is no longer in the library.');
    const stored: Brief = { ...(await loadBrief(db, briefId, author)), sources: unique };
    await db.dossiers.put(stored);
    return stored;
  });
}

/** The briefs that have `articleId` among their sources, by id. */
export function briefsUsing(db: BriefingDeskDatabase, articleId: string): Promise<Brief[]> {
  return db.dossiers.where('sources').equals(articleId).toArray();
}

/**
 * The brief to open `article` in: the first stored brief that has it among its sources, or,
 * when none has, a new one-source brief on it (stored), so opening an article from the library
 * or importing one is ready to annotate.
 */
export async function briefForArticle(db: BriefingDeskDatabase, article: Article, author: string): Promise<Brief> {
  return db.transaction('rw', db.dossiers, async () => {
    const [using] = await briefsUsing(db, article.id);
    if (using) return readStoredBrief(using, using, author);
    const brief = newBrief({ id: crypto.randomUUID(), sources: [article.id] }, author);
    await db.dossiers.add(brief);
    return brief;
  });
}

/** What a brief opens with: its sources with their texts (in its order) and its annotations on them. */
export interface BriefContents {
  readonly sources: readonly SourceText[];
  readonly annotations: readonly Annotation[];
}

/**
 * Brief `briefId`'s sources `sourceIds` read with their texts, and the brief's annotations on
 * them, in one read; an article no longer stored is left out.
 */
export async function readBriefContents(db: BriefingDeskDatabase, briefId: string, sourceIds: readonly string[]): Promise<BriefContents> {
  return db.transaction('r', db.articles, db.annotations, async () => {
    // Both read at once; the annotations of a source no longer in the library are dropped after.
    const [found, annotations] = await Promise.all([db.articles.bulkGet([...sourceIds]), annotationsOfBrief(db, { id: briefId, sources: sourceIds })]);
    const articles = found.filter((a): a is Article => !!a);
    const present = new Set(articles.map((a) => a.id));
    return { sources: articles.map((article) => ({ article, text: canonicalText(article.blocks) })), annotations: annotations.filter((a) => present.has(a.articleId)) };
  });
}

/** One brief as the library lists it. */
export interface BriefSummary {
  readonly brief: Brief;
  /** Its title, or its first source's while it has none. */
  readonly name: string;
  /** Its sources still in the library, in its order. */
  readonly sources: readonly Article[];
  readonly counts: Readonly<Record<Tag | 'all', number>>;
  /** The latest change to any of its annotations, ISO 8601; undefined with none. */
  readonly changed: string | undefined;
}

/** Every brief with its sources, counts and last change, the most recently changed first. */
export async function briefSummaries(db: BriefingDeskDatabase): Promise<BriefSummary[]> {
  const [briefs, articles] = await Promise.all([db.dossiers.toArray(), db.articles.toArray()]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const entries = await Promise.all(
    briefs.map(async (brief): Promise<BriefSummary> => {
      const sources = brief.sources.flatMap((id) => byId.get(id) ?? []);
      const annotations = await annotationsOfBrief(db, brief);
      const changed = annotations.reduce<string | undefined>((latest, a) => (!latest || a.updatedAt > latest ? a.updatedAt : latest), undefined);
      return { brief, name: brief.title.trim() || sources[0]?.title || 'Untitled brief', sources, counts: countByTag(annotations), changed };
    }),
  );
  return entries.sort((a, b) => (b.changed ?? '').localeCompare(a.changed ?? '') || a.name.localeCompare(b.name));
}

/** A brief with everything stored of it, as taken out by `deleteBrief`, for its undo. */
export interface BriefSnapshot {
  readonly brief: Brief;
  readonly annotations: readonly Annotation[];
  readonly tombstones: readonly AnnotationTombstone[];
}

/**
 * Deletes brief `briefId` with its annotations and tombstones (on every article, its sources
 * stay in the library), in one transaction; resolves with what was taken.
 */
export async function deleteBrief(db: BriefingDeskDatabase, briefId: string): Promise<BriefSnapshot> {
  return db.transaction('rw', db.dossiers, db.annotations, db.tombstones, async () => {
    const brief = await db.dossiers.get(briefId);
    if (!brief) throw new Error('That brief is no longer in the library.');
    const [annotations, tombstones] = await Promise.all([db.annotations.where('briefId').equals(briefId).toArray(), db.tombstones.where('briefId').equals(briefId).toArray()]);
    await Promise.all([db.annotations.where('briefId').equals(briefId).delete(), db.tombstones.where('briefId').equals(briefId).delete(), db.dossiers.delete(briefId)]);
    return { brief, annotations, tombstones };
  });
}

/** Puts back what `deleteBrief` took. */
export async function restoreBrief(db: BriefingDeskDatabase, snapshot: BriefSnapshot): Promise<void> {
  await db.transaction('rw', db.dossiers, db.annotations, db.tombstones, async () => {
    await db.dossiers.put(snapshot.brief);
    await db.annotations.bulkPut([...snapshot.annotations]);
    await db.tombstones.bulkPut([...snapshot.tombstones]);
  });
}
