/**
 * Briefs from before a brief had sources, when each article had at most one brief (keyed by
 * the article's id) and annotations belonged to the article. `upgradeLegacyBriefs` turns
 * such rows into the current shape — the database upgrade to version 6, a restored older
 * backup and a version-1 brief file all go through it — so every article's work becomes a
 * one-source brief and nothing is lost.
 */
import type { Annotation, Article } from '../model/model';
import type { AnnotationTombstone } from '../annotations/tombstone';
import type { RevisionItem } from '../revisions/revision-plan';
import type { RevisionRecord } from '../revisions/revision-record';
import { articleHistories } from '../revisions/article-history';
import { sha256Hex } from '../model/content-hash';
import { readStoredBrief } from './brief-record';
import type { Brief } from './brief';

/** A brief as stored before briefs had sources: one per article, named by the article's id. */
export type LegacyBrief = Omit<Brief, 'id' | 'sources'> & { readonly articleId: string };

/** A row of a table from before briefs had sources: what it was, without the brief it now belongs to. */
type Legacy<T extends { readonly briefId: string }> = Omit<T, 'briefId'> & { readonly briefId?: string };

/** An annotation as stored or exchanged before briefs had sources. */
export type LegacyAnnotation = Legacy<Annotation>;
/** A tombstone as stored or exchanged before briefs had sources. */
export type LegacyTombstone = Legacy<AnnotationTombstone>;
/** A revision queue entry as stored before briefs had sources. */
export type LegacyRevisionItem = Omit<RevisionItem, 'annotation'> & { readonly annotation: LegacyAnnotation };

/**
 * The brief id a brief made before briefs had sources takes: a UUID (version 8, the variant
 * for ids derived by a stated rule) from the SHA-256 of its first revision's text. Derived, not
 * drawn at random, so two teammates who upgrade copies of the same article — or read a
 * version-1 file of it — name the same brief, and their files keep merging.
 */
export async function legacyBriefId(textHash: string): Promise<string> {
  const hex = (await sha256Hex(`briefing-desk:brief:${textHash}`)).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The rows of a database (or backup) from before briefs had sources. */
export interface LegacyRows {
  readonly articles: readonly Article[];
  readonly history: readonly RevisionRecord[];
  readonly briefs: readonly LegacyBrief[];
  readonly annotations: readonly LegacyAnnotation[];
  readonly tombstones: readonly LegacyTombstone[];
  readonly revisions: readonly LegacyRevisionItem[];
}

/** The same rows in the current shape: briefs with sources, every annotation and tombstone in its brief. */
export interface UpgradedRows {
  readonly briefs: readonly Brief[];
  readonly annotations: readonly Annotation[];
  readonly tombstones: readonly AnnotationTombstone[];
  readonly revisions: readonly RevisionItem[];
}

/**
 * Each article's history of revisions becomes one brief whose one source is the latest
 * revision; the brief keeps the latest revision's record (an earlier revision's was copied
 * forward when the next was imported), or the newest earlier one's when the latest has none.
 * Every annotation and tombstone of any revision of the article belongs to that brief (those
 * of earlier revisions stay on them, shown when such a revision is opened). A row naming an
 * article that is not stored gets a brief of its own id, with no sources, so it is kept.
 */
export async function upgradeLegacyBriefs(rows: LegacyRows): Promise<UpgradedRows> {
  const briefOfArticle = new Map<string, string>();
  const briefs: Brief[] = [];
  const legacyByArticle = new Map(rows.briefs.map((b) => [b.articleId, b]));
  for (const history of articleHistories(rows.articles, rows.history)) {
    const first = history.revisions[0] ?? history.latest;
    const id = await legacyBriefId(first.textHash);
    const record = [...history.revisions].reverse().find((revision) => legacyByArticle.has(revision.id));
    const legacy = record && legacyByArticle.get(record.id);
    // The record is read as the brief's fields; its article id gives way to the brief's sources.
    briefs.push(readStoredBrief({ ...legacy, articleId: undefined }, { id, sources: [history.latest.id] }, legacy?.author ?? ''));
    for (const revision of history.revisions) briefOfArticle.set(revision.id, id);
  }
  const briefIdOf = async (articleId: string): Promise<string> => {
    const known = briefOfArticle.get(articleId);
    if (known) return known;
    const id = await legacyBriefId(`article:${articleId}`);
    briefOfArticle.set(articleId, id);
    briefs.push(readStoredBrief({}, { id, sources: [] }, ''));
    return id;
  };
  const annotations: Annotation[] = [];
  for (const a of rows.annotations) annotations.push({ ...a, briefId: a.briefId ?? (await briefIdOf(a.articleId)) });
  const tombstones: AnnotationTombstone[] = [];
  for (const t of rows.tombstones) tombstones.push({ ...t, briefId: t.briefId ?? (await briefIdOf(t.articleId)) });
  const revisions: RevisionItem[] = [];
  // A damaged entry without its annotation is kept as it is rather than failing the upgrade.
  for (const r of rows.revisions) revisions.push(r.annotation ? { ...r, annotation: { ...r.annotation, briefId: r.annotation.briefId ?? (await briefIdOf(r.articleId)) } } : (r as RevisionItem));
  return { briefs, annotations, tombstones, revisions };
}
