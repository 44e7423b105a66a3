/**
 * Storing a read REFI-QDA project as a new brief, in one transaction or not at all: its sources
 * as articles (a text already in the library is that article), the brief on them, and the
 * annotations its mapped codings give. An annotation whose id (its selection's GUID) is taken
 * already — the same project imported before — gets a new one, its links following.
 */
import type { Brief } from '../../app/brief/brief';
import { newBrief } from '../../app/brief/brief-record';
import { canonicalText } from '../../app/model/canonical-text';
import { sha256Hex } from '../../app/model/content-hash';
import type { Annotation, Article } from '../../app/model/model';
import { projectAnnotations, type CodeMapping } from '../../app/qda/qda-annotations';
import type { QdaProject } from '../../app/qda/qdpx-import';
import type { BriefingDeskDatabase } from './database';

/** What storing a project made. */
export interface StoredProject {
  readonly brief: Brief;
  readonly annotations: number;
  /** Sources that were already in the library. */
  readonly existing: number;
}

/** Stores `project` as a new brief by `author` with the codes mapped by `mapping`. */
export async function storeQdaProject(db: BriefingDeskDatabase, project: QdaProject, mapping: CodeMapping, author: string, now: Date = new Date()): Promise<StoredProject> {
  const hashes = await Promise.all(project.sources.map((draft) => sha256Hex(canonicalText(draft.blocks))));
  const at = now.toISOString();
  return db.transaction('rw', db.articles, db.dossiers, db.annotations, async () => {
    let existing = 0;
    const articles: Article[] = [];
    for (const [i, draft] of project.sources.entries()) {
      const found = await db.articles.where('textHash').equals(hashes[i]!).first();
      if (found) existing += 1;
      const article = found ?? { ...draft, id: crypto.randomUUID(), textHash: hashes[i]!, importedAt: at };
      if (!found) await db.articles.add(article);
      articles.push(article);
    }
    const brief: Brief = { ...newBrief({ id: crypto.randomUUID(), sources: [...new Set(articles.map((a) => a.id))] }, author), title: project.name };
    await db.dossiers.add(brief);
    const made = projectAnnotations(project, articles, mapping, brief.id, at);
    const taken = await db.annotations.bulkGet(made.map((a) => a.id));
    const renamed = new Map(made.flatMap((a, i) => (taken[i] ? [[a.id, crypto.randomUUID()] as const] : [])));
    const annotations: Annotation[] = made.map((a) => ({ ...a, id: renamed.get(a.id) ?? a.id, links: a.links.map((l) => renamed.get(l) ?? l) }));
    await db.annotations.bulkAdd(annotations);
    return { brief, annotations: annotations.length, existing };
  });
}
