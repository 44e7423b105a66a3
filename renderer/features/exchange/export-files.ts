/**
 * The files the exchange exports for one stored brief — the `.brief` file for teammates,
 * W3C Web Annotation JSON-LD, Markdown, CSV and a REFI-QDA project for other tools — as
 * `saveFile` requests.
 */
import { annotationsToCsv } from '../../../app/export/export-csv';
import { toWebAnnotationCollection } from '../../../app/export/export-jsonld';
import { annotationsToMarkdown } from '../../../app/export/export-markdown';
import type { SaveFileRequest } from '../../../app/platform/ipc-contract';
import type { Article } from '../../../app/model/model';
import { annotationsOfBrief } from '../../storage/annotation-store';
import type { BriefingDeskDatabase } from '../../storage/database';
import { fileStem } from '../../../app/export/file-stem';
import packageJson from '../../../package.json';
import { exportBriefText } from './brief-exchange';

/** The kinds of file the exchange exports. */
export type ExportKind = 'brief' | 'jsonld' | 'markdown' | 'csv' | 'qdpx';

/**
 * The save request for exporting brief `briefId` as `kind`, read from the database now; the
 * file is named after the brief's title, or its first source's while it has none.
 */
export async function exportRequest(db: BriefingDeskDatabase, briefId: string, kind: ExportKind, analyst: string, now: Date = new Date()): Promise<SaveFileRequest> {
  const brief = await db.dossiers.get(briefId);
  if (!brief) throw new Error('That brief is no longer in the library.');
  const articles = (await db.articles.bulkGet([...brief.sources])).filter((a): a is Article => !!a);
  const stem = fileStem(brief.title.trim() || articles[0]?.title || 'Untitled brief');
  if (kind === 'brief') {
    return { suggestedName: `${stem}.brief`, mimeType: 'application/json', content: await exportBriefText(db, brief, analyst, now.toISOString()) };
  }
  if (articles.length === 0) throw new Error('This brief has no sources yet, so there is nothing to export.');
  const annotations = await annotationsOfBrief(db, { id: brief.id, sources: articles.map((a) => a.id) });
  if (kind === 'jsonld') {
    const collection = toWebAnnotationCollection(articles, annotations, {
      collectionId: crypto.randomUUID(),
      generator: { name: 'Briefing Desk', version: packageJson.version },
      brief,
      exportedAt: now.toISOString(),
    });
    return { suggestedName: `${stem}.jsonld`, mimeType: 'application/ld+json', content: `${JSON.stringify(collection, null, 2)}\n` };
  }
  if (kind === 'qdpx') {
    const { qdpxBytes } = await import('../../../app/qda/qdpx-export');
    const content = qdpxBytes({ name: brief.title.trim() || articles[0]?.title || 'Untitled brief', articles, annotations, exportedBy: analyst, exportedAt: now.toISOString(), origin: `Briefing Desk ${packageJson.version}` });
    return { suggestedName: `${stem}.qdpx`, mimeType: 'application/zip', content };
  }
  if (kind === 'markdown') return { suggestedName: `${stem}.md`, mimeType: 'text/markdown', content: annotationsToMarkdown(articles, annotations, brief, now.toISOString()) };
  return { suggestedName: `${stem}-annotations.csv`, mimeType: 'text/csv', content: annotationsToCsv(articles, annotations) };
}
