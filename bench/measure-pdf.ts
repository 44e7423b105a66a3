/**
 * The PDF figure: a brief of N annotations composed and rendered to HTML by the app's core
 * (with the embedded fonts) and printed through node/chromium-printer.ts, which launches its
 * own headless Chromium per print, as the command line does, and writes the title and author
 * into the PDF (app/brief/pdf-metadata.ts): all a user waits for once the fonts are loaded.
 */
import { composeBrief } from '../app/brief/brief-compose';
import { renderBriefHtml } from '../app/brief/brief-html';
import type { Annotation, Article } from '../app/model/model';
import { loadBriefFonts } from '../node/brief-fonts';
import { createChromiumPrinter } from '../node/chromium-printer';

/** The times of one brief, in ms, and the size of the PDF. */
export interface PdfFigures {
  readonly composeMs: number;
  readonly printMs: number;
  readonly totalMs: number;
  readonly bytes: number;
}

/** Composes, renders and prints the brief of `annotations` on its sources `articles`. */
export async function measurePdf(articles: readonly Article[], annotations: readonly Annotation[]): Promise<PdfFigures> {
  const fonts = await loadBriefFonts();
  const start = performance.now();
  const model = composeBrief({ articles, annotations, exportedAt: '2026-01-02T00:00:00.000Z', analyst: 'Bench Analyst' });
  const html = renderBriefHtml(model, { fonts });
  const composed = performance.now();
  const pdf = await createChromiumPrinter().print(html, { paper: 'a4', title: model.title, });
  const end = performance.now();
  return { composeMs: composed - start, printMs: end - composed, totalMs: end - start, bytes: pdf.byteLength };
}
