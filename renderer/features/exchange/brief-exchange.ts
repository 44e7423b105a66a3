/**
 * `.brief` files in and out of the database: the file of one stored brief, and a parsed file
 * imported — a new brief when its brief is not here, merged per annotation
 * (app/exchange/merge.ts) into the brief when it is; its articles matched by content hash.
 * Every import and every conflict swap is one transaction, so a failure leaves the database
 * as it was.
 */
import type { AnnotationChanges, AnnotationSet } from '../../../app/annotations/annotation-set';
import type { BriefFile } from '../../../app/exchange/brief-file';
import { serializeBriefFile } from '../../../app/exchange/brief-file';
import { mergeAnnotations, mergeChangeSet, type MergePlan } from '../../../app/exchange/merge';
import { swapConflict, type MergeConflict } from '../../../app/exchange/merge-conflict';
import type { Article } from '../../../app/model/model';
import type { Brief } from '../../../app/brief/brief';
import type { ChangeSet } from '../../../app/annotations/annotation-changes';
import type { BriefingDeskDatabase } from '../../storage/database';

/** What an import did: the brief it went to, whether that was new here, and the merge. */
export interface ImportOutcome {
  readonly brief: Brief;
  /** True when the brief was not here and was added with the file. */
  readonly newBrief: boolean;
  /** The file's articles that were not in the library and were added. */
  readonly newArticles: readonly Article[];
  /** How many of the file's sources the brief here lacked and gained. */
  readonly addedSources: number;
  readonly plan: MergePlan;
  /** The merge's annotation changes as one change set: what Undo takes back. */
  readonly changes: ChangeSet;
}

/** The `.brief` file text of a stored brief: its sources with their texts, its annotations and tombstones on them. */
export async function exportBriefText(db: BriefingDeskDatabase, brief: Brief, exportedBy: string, exportedAt: string): Promise<string> {
  const [articles, set] = await db.transaction('r', [db.articles, db.annotations, db.tombstones], async () => {
    const found = (await db.articles.bulkGet([...brief.sources])).filter((a): a is Article => !!a);
    return [found, await annotationSetOf(db, brief.id, found.map((a) => a.id))] as const;
  });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return serializeBriefFile({
    brief,
    articles,
    annotations: [...set.annotations].sort(byId),
    tombstones: [...set.tombstones].sort(byId),
    exportedAt,
    exportedBy,
  });
}

/**
 * A brief's annotations and tombstones on `sources` (every article when absent) as a merge
 * sees them; call inside a transaction.
 */
async function annotationSetOf(db: BriefingDeskDatabase, briefId: string, sources?: readonly string[]): Promise<AnnotationSet> {
  const [annotations, tombstones] = await Promise.all([db.annotations.where('briefId').equals(briefId).toArray(), db.tombstones.where('briefId').equals(briefId).toArray()]);
  const on = (row: { articleId: string }) => !sources || sources.includes(row.articleId);
  return { annotations: annotations.filter(on), tombstones: tombstones.filter(on) };
}

/** Writes changes; call inside a read-write transaction over annotations and tombstones. */
async function writeChanges(db: BriefingDeskDatabase, changes: AnnotationChanges): Promise<void> {
  await db.annotations.bulkDelete([...changes.toDelete]);
  await db.annotations.bulkPut([...changes.toPut]);
  await db.tombstones.bulkDelete([...changes.tombstonesToDelete]);
  await db.tombstones.bulkPut([...changes.tombstonesToPut]);
}

/**
 * The local article for each of the file's articles, matched by text hash; one not here is
 * added (under the file's id unless that id is taken here). Throws for an article that is an
 * earlier revision here, which is kept as it was.
 */
async function placeArticles(db: BriefingDeskDatabase, file: BriefFile): Promise<{ readonly local: Map<string, Article>; readonly added: Article[] }> {
  const local = new Map<string, Article>();
  const added: Article[] = [];
  for (const fileArticle of file.articles) {
    // The text travels for checking; stored articles keep only their blocks.
    const stored: Article = { ...fileArticle };
    delete (stored as { text?: string }).text;
    const existing = await db.articles.where('textHash').equals(stored.textHash).first();
    if (existing && (await db.history.where('previousId').equals(existing.id).first())) {
      throw new Error(`its article is an earlier revision of “${existing.title}”, which is kept as it was. Ask for a brief file made on the latest revision.`);
    }
    let article: Article = existing ?? stored;
    if (!existing) {
      if (await db.articles.get(stored.id)) article = { ...stored, id: crypto.randomUUID() };
      await db.articles.add(article);
      added.push(article);
    }
    local.set(fileArticle.id, article);
  }
  return { local, added };
}

/**
 * Imports a parsed `.brief` file in one transaction. Its articles are matched by text hash
 * (added when absent). Its brief is the one here with the same id; for a version-1 file, the
 * brief here that has its article as a source; failing both, the file's brief is added as a
 * new brief. Into a brief here, the file's annotations and tombstones are merged per
 * annotation, the sources the brief lacks are added after its own, and its own title, key
 * judgments and settings are kept. Imported annotations keep their author and are stamped
 * with the file as their origin.
 */
export async function importBriefFile(db: BriefingDeskDatabase, file: BriefFile): Promise<ImportOutcome> {
  return db.transaction('rw', [db.articles, db.annotations, db.tombstones, db.dossiers, db.history], async () => {
    const { local: articles, added } = await placeArticles(db, file);
    const sources = file.brief.sources.map((id) => (articles.get(id) as Article).id);
    let here = await db.dossiers.get(file.brief.id);
    if (!here && file.version === 1) [here] = await db.dossiers.where('sources').equals(sources[0] ?? '').toArray();
    const brief: Brief = here
      ? { ...here, sources: [...here.sources, ...sources.filter((id) => !here?.sources.includes(id))] }
      : { ...file.brief, sources, ...(file.briefless ? { title: '' } : {}) };
    await db.dossiers.put(brief);
    const articleId = (id: string) => (articles.get(id) as Article).id;
    const incoming = {
      annotations: file.annotations.map((a) => ({ ...a, briefId: brief.id, articleId: articleId(a.articleId) })),
      tombstones: file.tombstones.map((t) => ({ ...t, briefId: brief.id, articleId: articleId(t.articleId) })),
      source: { author: file.exportedBy, exportedAt: file.exportedAt },
    };
    const localSet = await annotationSetOf(db, brief.id);
    const plan = mergeAnnotations(localSet, incoming);
    await writeChanges(db, plan);
    return {
      brief,
      newBrief: !here,
      newArticles: added,
      addedSources: here ? brief.sources.length - here.sources.length : 0,
      plan,
      changes: mergeChangeSet(localSet, plan),
    };
  });
}

/** Swaps a merge conflict (the set-aside version stored instead of the kept one), in one transaction. */
export async function swapStoredConflict(db: BriefingDeskDatabase, conflict: MergeConflict, at: string): Promise<void> {
  await db.transaction('rw', [db.annotations, db.tombstones], async () => {
    await writeChanges(db, swapConflict(await annotationSetOf(db, conflict.kept.briefId), conflict, at));
  });
}
