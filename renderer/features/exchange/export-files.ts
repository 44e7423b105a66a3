/**
 * The files the exchange exports for one stored article — the `.brief` file for teammates,
 * W3C Web Annotation JSON-LD, Markdown and CSV for other tools — as `saveFile` requests.
 */
import { annotationsToCsv } from '../../../app/export/export-csv';
import { toWebAnnotationCollection } from '../../../app/export/export-jsonld';
import { annotationsToMarkdown } from '../../../app/export/export-markdown';
import type { SaveFileRequest } from '../../../app/platform/ipc-contract';
import type { Article } from '../../../app/model/model';
import { annotationsOf } from '../../storage/annotation-store';
import type { BriefingDeskDatabase } from '../../storage/database';
import { fileStem } from '../../../app/export/file-stem';
import packageJson from '../../../package.json';
import { exportBriefText } from './brief-exchange';

/** The kinds of file the exchange exports. */
export type ExportKind = 'brief' | 'jsonld' | 'markdown' | 'csv';

/**
 * The save request for exporting `article` as `kind`, read from the database now; the file is
 * named after the brief's title, or the article's while the brief has none.
 */
export async function exportRequest(db: BriefingDeskDatabase, article: Article, kind: ExportKind, analyst: string, now: Date = new Date()): Promise<SaveFileRequest> {
  const brief = await db.briefs.get(article.id);
  const stem = fileStem(brief?.title.trim() || article.title);
  if (kind === 'brief') {
    return { suggestedName: `${stem}.brief`, mimeType: 'application/json', content: await exportBriefText(db, article, analyst, now.toISOString()) };
  }
  const annotations = await annotationsOf(db, article.id);
  if (kind === 'jsonld') {
    const collection = toWebAnnotationCollection(article, annotations, {
      collectionId: crypto.randomUUID(),
      generator: { name: 'Briefing Desk', version: packageJson.version },
      ...(brief ? { brief } : {}),
      exportedAt: now.toISOString(),
    });
    return { suggestedName: `${stem}.jsonld`, mimeType: 'application/ld+json', content: `${JSON.stringify(collection, null, 2)}\n` };
  }
  if (kind === 'markdown') return { suggestedName: `${stem}.md`, mimeType: 'text/markdown', content: annotationsToMarkdown(article, annotations, brief, now.toISOString()) };
  return { suggestedName: `${stem}-annotations.csv`, mimeType: 'text/csv', content: annotationsToCsv(article, annotations) };
}
