/**
 * Importing a long PDF: a report of two columns with a running header, page numbers and
 * footnotes on every page, printed by Chromium, then read as the importer reads it — pdf.js
 * (in Node, the same library the app runs in its worker) page by page, and the reading of the
 * pages into an article. Reported as the time and as pages per second.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { pdfArticle } from '../app/pdf/pdf-article';
import { readPdfText } from '../app/pdf/pdf-document';
import { seededRandom, type Random } from './random';

const WORDS = 'guarantee force monitoring ceasefire commitment allies treaty parliament deterrence support mission observers framework facility pledge assurance security line contact review'.split(' ');

/** One page of the report: nine paragraphs of filler in two columns, a footnote, the running header and the folio. */
function reportPage(n: number, random: Random): string {
  const paragraphs = Array.from({ length: 9 }, () => `<p>${Array.from({ length: 45 + random.int(30) }, () => random.pick(WORDS)).join(' ')}.</p>`).join('');
  return `<section class="page"><div class="running">Fixture Institute · Report on guarantees</div><div class="cols"><h2>Section ${n}</h2>${paragraphs}</div><div class="notes"><p><sup>${n}</sup> A note of page ${n}.</p></div><div class="folio">${n}</div></section>`;
}

/** A two-column report of `pages` pages, printed by Chromium's print engine in `browser`. */
export async function reportPdf(browser: Browser, pages: number): Promise<Uint8Array> {
  const random = seededRandom(pages);
  const style = `@page{size:A4;margin:0}body{margin:0;font:10pt/1.35 'DejaVu Serif',serif}.page{width:210mm;height:297mm;position:relative;padding:22mm 18mm 30mm;box-sizing:border-box;break-after:page;overflow:hidden}.running{position:absolute;top:9mm;left:18mm;font:8pt sans-serif}.folio{position:absolute;bottom:9mm;width:100%;left:0;text-align:center;font:8pt sans-serif}.cols{column-count:2;column-gap:8mm;height:215mm;column-fill:auto}.notes{position:absolute;bottom:17mm;left:18mm;right:18mm;font-size:7.5pt;border-top:.5pt solid #888}h2{font:bold 13pt sans-serif;margin:0 0 2mm}p{margin:0 0 2mm}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report on guarantees</title><style>${style}</style></head><body>${Array.from({ length: pages }, (_, i) => reportPage(i + 1, random)).join('')}</body></html>`;
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } finally {
    await page.close();
  }
}

/** What one import of the report measured. */
export interface PdfImportRun {
  readonly ms: number;
  readonly pages: number;
  readonly blocks: number;
}

/** Reads the PDF `bytes` into an article once, timed from the bytes to the article. */
export async function measurePdfImport(bytes: Uint8Array): Promise<PdfImportRun> {
  const start = performance.now();
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const { pages, info } = await readPdfText(pdf);
    const { draft } = pdfArticle(pages, info, 'report.pdf');
    return { ms: performance.now() - start, pages: pages.length, blocks: draft.blocks.length };
  } finally {
    await pdf.destroy();
  }
}
