/**
 * The PDF figures: a brief of N annotations composed and rendered to HTML by the app's core
 * (with the embedded fonts) and printed through node/chromium-printer.ts, the command line's
 * printer, whose browser is started once for a session's prints, and which writes the title
 * and author into the PDF (app/brief/pdf-metadata.ts): all a user waits for once the fonts
 * are loaded. And what the PDF's tagging (its structure tree, for screen readers) costs.
 */
import type { Browser } from 'playwright-core';
import { composeBrief } from '../app/brief/brief-compose';
import { renderBriefHtml } from '../app/brief/brief-html';
import type { BriefSettings } from '../app/brief/brief-settings';
import type { Printer } from '../app/platform/printer';
import type { Annotation, Article } from '../app/model/model';
import { loadBriefFonts } from '../node/brief-fonts';
import { chromiumPdfOptions } from '../node/chromium-printer';

/** The times of one brief, in ms, the size of the PDF, and its page count. */
export interface PdfFigures {
  readonly composeMs: number;
  readonly printMs: number;
  readonly totalMs: number;
  readonly bytes: number;
}

/** The brief of `annotations` on its sources `articles` as the HTML the printer is given. */
export async function briefHtml(articles: readonly Article[], annotations: readonly Annotation[], settings: Partial<BriefSettings> = {}): Promise<{ html: string; title: string }> {
  const model = composeBrief({ articles, annotations, exportedAt: '2026-01-02T00:00:00.000Z', analyst: 'Bench Analyst', settings });
  return { html: renderBriefHtml(model, { fonts: await loadBriefFonts() }), title: model.title };
}

/** Composes, renders and prints the brief of `annotations` on its sources `articles` with `printer`. */
export async function measurePdf(printer: Printer, articles: readonly Article[], annotations: readonly Annotation[], settings: Partial<BriefSettings> = {}): Promise<PdfFigures> {
  await loadBriefFonts(); // read once per process, before the clock starts
  const start = performance.now();
  const { html, title } = await briefHtml(articles, annotations, settings);
  const composed = performance.now();
  const pdf = await printer.print(html, { paper: 'a4', title });
  const end = performance.now();
  return { composeMs: composed - start, printMs: end - composed, totalMs: end - start, bytes: pdf.byteLength };
}

/** Chromium's print of `html` alone, in ms, tagged as the app prints it and untagged, alternating `runs` times each. */
export async function measureTagCost(browser: Browser, html: string, runs: number): Promise<{ tagged: number[]; untagged: number[] }> {
  const page = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const tagged: number[] = [];
  const untagged: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const [tag, into] of [[true, tagged], [false, untagged]] as const) {
        const start = performance.now();
        await page.pdf({ ...chromiumPdfOptions({ paper: 'a4', title: '' }), tagged: tag });
        into.push(performance.now() - start);
      }
    }
  } finally {
    await page.context().close();
  }
  return { tagged, untagged };
}
