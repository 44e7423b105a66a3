/**
 * `npm run bench`: builds the app's web renderer and the bench pages, generates the stress
 * data, serves both, and measures the app and its peers in Chromium (and the PDF printer in
 * Node), then prints the table and returns the results (see report.ts). The smoke test runs
 * the same code at tiny sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { canonicalText } from '../app/model/canonical-text';
import { importPlainText } from '../app/import/plain-text-import';
import { reanchorAnnotations } from '../app/anchoring/reanchor';
import { tallyRevisionSet } from '../app/testing/revision-set';
import type { Annotation } from '../app/model/model';
import { chromiumLaunchOptions, createChromiumPrinter, resolveChromiumPath } from '../node/chromium-printer';
import { OPENING_WINDOW } from '../renderer/features/article-view/drawn-window';
import { measureColdStart, measureFloor, measureHeap, measureReview, measureOpen, measureScroll, measureSearch, measureSourceSwitch, measureTagging, runLab, type TagTarget } from './measure-app';
import { anchorTime, runPeerPage, type AnchorFigures } from './measure-peers';
import { briefHtml, measurePdf, measureTagCost } from './measure-pdf';
import { measurePdfImport, reportPdf } from './measure-pdf-import';
import { startBenchServer } from './server';
import { buildReport, type BenchFigures, type BenchReport } from './report';
import { summarize } from './stats';
import { reviseBlocks, stressAnnotations, stressArticle, stressDossier, BENCH_SEED, type StressDossierOptions } from './stress-data';
import { APACHE_ANNOTATOR_LOADS, BENCH_PAGES_DIR } from './vite.bench.config';

const ROOT = resolve(import.meta.dirname, '..');

/** How big and how long a benchmark run is. */
export interface BenchOptions {
  /** Stress article size in UTF-16 units. */
  readonly articleChars: number;
  /** The small and large annotation sets. */
  readonly small: number;
  readonly large: number;
  /** Measured runs per figure, after one warm-up. */
  readonly runs: number;
  readonly taggings: number;
  readonly scrollFrames: number;
  readonly pdfSizes: readonly number[];
  /** Pages of the PDF report imported. */
  readonly pdfImportPages: number;
  /** The brief of many sources: how many, with how many annotations each, of what length. */
  readonly dossier: StressDossierOptions;
  /** How long a slow anchoring peer may run before the rest is projected from its rate. */
  readonly peerBudgetMs: number;
  readonly port: number;
  /** The app's build folder (relative to the repository, or absolute). */
  readonly webOutDir: string;
  /** The bench pages' build folder (absolute). */
  readonly pagesOutDir: string;
  readonly log: (line: string) => void;
}

/** The full benchmark, as `npm run bench` runs it. */
export const FULL_BENCH: BenchOptions = {
  articleChars: 1_000_000,
  small: 1_000,
  large: 10_000,
  runs: 5,
  taggings: 100,
  scrollFrames: 300,
  pdfSizes: [50, 500],
  pdfImportPages: 100,
  dossier: { sources: 20, perSource: 500, sourceChars: 50_000 },
  peerBudgetMs: 30_000,
  port: Number(process.env.BENCH_PORT ?? 4194),
  webOutDir: process.env.WEB_OUT_DIR ?? 'dist/web-bench',
  pagesOutDir: BENCH_PAGES_DIR,
  log: (line) => console.log(line),
};

/** Tiny sizes, one run: the smoke test's settings (on top of FULL_BENCH), for checking the code, not the speed. */
export const SMOKE_BENCH: Partial<BenchOptions> = {
  articleChars: 20_000,
  small: 20,
  large: 60,
  runs: 1,
  taggings: 3,
  scrollFrames: 10,
  pdfSizes: [5],
  pdfImportPages: 3,
  dossier: { sources: 2, perSource: 5, sourceChars: 5_000 },
  peerBudgetMs: 2_000,
};

/** Builds the app's production web renderer (unminified when `readable`, for profiles) and the bench pages. */
export async function buildAll(options: BenchOptions, readable = false): Promise<void> {
  const saved = { WEB_OUT_DIR: process.env.WEB_OUT_DIR, NODE_ENV: process.env.NODE_ENV };
  // Vite's module runner (bench/run.mjs) and Vitest leave NODE_ENV at development or test,
  // and a build inherits it: React's development build would be measured instead.
  process.env.NODE_ENV = 'production';
  process.env.WEB_OUT_DIR = options.webOutDir;
  try {
    await build({ configFile: join(ROOT, 'vite.web.config.ts'), mode: 'production', logLevel: 'warn', ...(readable ? { build: { minify: false } } : {}) });
    await build({ configFile: join(ROOT, 'bench/vite.bench.config.ts'), mode: 'production', build: { outDir: options.pagesOutDir } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The generated data, and the JSON bodies the bench server serves (`/data/<name>.json`). */
export async function benchData(options: BenchOptions) {
  const sampleDir = join(ROOT, 'assets/articles');
  const sampleText = readFileSync(join(sampleDir, readdirSync(sampleDir).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');
  const article = await stressArticle(sampleText, { targetChars: options.articleChars });
  const annotations = stressAnnotations(article, options.large);
  const additions = stressAnnotations(article, options.taggings, BENCH_SEED + 1, 60);
  const revised = { ...article, blocks: reviseBlocks(article.blocks) };
  const text = canonicalText(article.blocks);
  const dossier = await stressDossier(sampleText, options.dossier);
  const data = new Map<string, string>([
    ['dossier', JSON.stringify(dossier)],
    ['article', JSON.stringify(article)],
    ['revised', JSON.stringify(revised)],
    ['additions', JSON.stringify(additions)],
    [`annotations-${options.small}`, JSON.stringify(annotations.slice(0, options.small))],
    [`annotations-${options.large}`, JSON.stringify(annotations)],
  ]);
  return { sampleText, article, annotations, additions, text, dossier, data };
}

/**
 * The ids of the annotations whose highlights the app draws as it opens: those in the
 * opening stretch of the article (a long article draws the highlights near the text in
 * view, see renderer/features/article-view/drawn-window.ts), with a block's worth of slack for the
 * difference between text offsets and doc positions.
 */
export function drawnAtOpening(annotations: readonly Annotation[]): string[] {
  return annotations.filter((a) => a.target.position.start < OPENING_WINDOW.to - 1000).map((a) => a.id);
}

/** Runs `task` `runs` times after one warm-up and returns the measured values. */
async function repeat(runs: number, task: () => Promise<number>): Promise<number[]> {
  await task();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await task());
  return values;
}

/** Runs the benchmark and returns its report (not yet written anywhere). */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { log } = options;
  const apache = APACHE_ANNOTATOR_LOADS;
  log('Building the web renderer and the bench pages…');
  await buildAll(options);

  log('Generating the stress data…');
  const { sampleText, article, annotations, additions, text, dossier, data } = await benchData(options);
  const server = await startBenchServer({ port: options.port, appDir: resolve(ROOT, options.webOutDir), pagesDir: options.pagesOutDir, data });
  let browser: Browser | undefined;
  // One printer for the run's prints, as the command line keeps one for its own.
  const printer = createChromiumPrinter();
  try {
    browser = await chromium.launch(chromiumLaunchOptions(resolveChromiumPath()));
    const figures: BenchFigures = {
      article: { chars: text.length, blocks: article.blocks.length, paragraphs: article.blocks.filter((b) => b.type === 'paragraph').length },
      sizes: { small: options.small, large: options.large },
      open: {},
      peers: { recogitoOpen: {}, markOpen: {} },
    } as BenchFigures;

    log('Cold start…');
    {
      const cold = await measureColdStart(browser, server.url, options.runs);
      figures.coldStart = { firstPaint: summarize(cold.firstPaint), interactive: summarize(cold.interactive) };
    }

    for (const n of [0, options.small, options.large]) {
      log(`Open to interactive, ${n} annotations…`);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await runLab(context, server.url, 'seed', n);
      const page = await context.newPage();
      figures.open[n] = summarize(await measureOpen(page, server.url, n, drawnAtOpening(annotations.slice(0, n)), options.runs));
      if (n === options.large) {
        figures.heap = await measureHeap(page);
        log('Panel scrolling…');
        const wheel = await measureScroll(page, 120, options.scrollFrames);
        const drag = await measureScroll(page, 0, options.scrollFrames);
        figures.scroll = {
          wheelWork: summarize(wheel.work),
          wheelInterval: summarize(wheel.interval),
          dragWork: summarize(drag.work),
          dragInterval: summarize(drag.interval),
        };
        log('Tagging…');
        const targets: TagTarget[] = additions.map((a) => tagTarget(article.blocks.map((b) => b.text), a.target.position.start, a.target.position.end, text));
        figures.tagging = summarize(await measureTagging(page, targets));
        log('Review mode…');
        const review = await measureReview(page, options.runs * 2);
        figures.review = { open: review.openMs, verdict: summarize(review.verdictMs) };
      }
      await context.close();
    }

    log(`A brief of ${options.dossier.sources} sources × ${options.dossier.perSource} annotations…`);
    {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await runLab(context, server.url, 'seed-dossier', 0);
      const page = await context.newPage();
      const [first] = dossier.articles;
      const onFirst = dossier.annotations.filter((a) => a.articleId === first?.id);
      const open = await measureOpen(page, server.url, dossier.annotations.length, drawnAtOpening(onFirst), options.runs);
      const titles = dossier.articles.map((a) => a.title);
      const switches = await measureSourceSwitch(page, [...titles.slice(1), ...titles.slice(0, 1)]);
      // A quote of a source other than the one shown: found among all of them.
      const elsewhere = dossier.annotations.filter((a) => a.articleId !== first?.id && a.target.quote.exact.trim().length >= 8);
      const step = Math.max(1, Math.floor(elsewhere.length / 10));
      const queries = elsewhere.filter((_, i) => i % step === 0).slice(0, 10).map((a) => a.target.quote.exact.trim().slice(0, 24));
      const search = await measureSearch(page, queries);
      const blocks = first?.blocks.map((b) => b.text) ?? [];
      const firstText = first ? canonicalText(first.blocks) : '';
      const adds = first ? stressAnnotations(first, Math.max(3, Math.round(options.taggings / 4)), BENCH_SEED + 7, 60) : [];
      const tagging = await measureTagging(page, adds.map((a) => tagTarget(blocks, a.target.position.start, a.target.position.end, firstText)));
      await context.close();
      // Once: at full size it is a brief of ten thousand items and its appendix, minutes of printing.
      const pdf = [(await measurePdf(printer, dossier.articles, dossier.annotations)).totalMs];
      figures.dossier = { sources: options.dossier.sources, perSource: options.dossier.perSource, open: summarize(open), switchSource: summarize(switches), search: summarize(search), tagging: summarize(tagging), pdf: summarize(pdf) };
    }

    const lab = await browser.newContext();
    log('Tagging floor…');
    const floorPage = await lab.newPage();
    figures.taggingFloor = summarize(await measureFloor(floorPage, server.url, options.taggings));
    await floorPage.close();
    log('Storage…');
    {
      // In a browser of its own: after the opens above, the same browser's storage writes ran
      // half as fast again and twice as unevenly (834–1,509 ms against 725–803 ms fresh, the
      // same build minutes apart), which measured what the bench had done before, not the app.
      const fresh = await chromium.launch(chromiumLaunchOptions(resolveChromiumPath()));
      try {
        const own = await fresh.newContext();
        const storage = { write: [] as number[], read: [] as number[], one: [] as number[] };
        await runLab(own, server.url, 'storage', options.large);
        for (let i = 0; i < options.runs; i++) {
          const { writeMs, readMs, oneMs } = await runLab<{ writeMs: number; readMs: number; oneMs: number[] }>(own, server.url, 'storage', options.large);
          storage.write.push(writeMs);
          storage.read.push(readMs);
          storage.one.push(...oneMs);
        }
        figures.storage = { write: summarize(storage.write), read: summarize(storage.read), one: summarize(storage.one) };
      } finally {
        await fresh.close();
      }
    }
    log('Anchoring and re-anchoring…');
    const anchoring = { place: [] as number[], same: [] as number[], reanchor: [] as number[], worker: [] as number[] };
    let outcomes: Record<string, number> = {};
    await runLab(lab, server.url, 'anchor', options.large);
    for (let i = 0; i < options.runs; i++) {
      const r = await runLab<{ placeMs: number; anchorSameTextMs: number; reanchorMs: number; reanchorWorkerMs: number; outcomes: Record<string, number> }>(lab, server.url, 'anchor', options.large);
      anchoring.place.push(r.placeMs);
      anchoring.same.push(r.anchorSameTextMs);
      anchoring.reanchor.push(r.reanchorMs);
      anchoring.worker.push(r.reanchorWorkerMs);
      outcomes = r.outcomes;
    }
    figures.anchoring = { place: summarize(anchoring.place), sameText: summarize(anchoring.same), reanchor: summarize(anchoring.reanchor), reanchorWorker: summarize(anchoring.worker), outcomes };
    // Not a speed: how the realistic revisions of the sample end (never on the wrong text).
    figures.revisionSet = tallyRevisionSet(canonicalText(importPlainText(sampleText).blocks), reanchorAnnotations);

    log('Peers…');
    for (const n of [options.small, options.large]) {
      figures.peers.recogitoOpen[n] = summarize(await repeat(options.runs, async () => (await runPeerPage<{ openMs: number }>(lab, server.url, 'recogito', { n })).openMs));
      figures.peers.markOpen[n] = summarize(await repeat(options.runs, async () => (await runPeerPage<{ openMs: number }>(lab, server.url, 'markjs', { n })).openMs));
    }
    const adds = await runPeerPage<{ adds: number[] }>(lab, server.url, 'recogito', { n: options.large, adds: Math.min(options.taggings, 20) });
    figures.peers.recogitoAdd = summarize(adds.adds);
    const dtq = await runPeerPage<AnchorFigures>(lab, server.url, 'dtq', { n: options.large, budget: options.peerBudgetMs });
    figures.peers.dtqAnchor = { ...dtq, ...anchorTime(dtq) };
    if (apache) {
      const figuresApache = await runPeerPage<AnchorFigures>(lab, server.url, 'apache', { n: options.large, budget: options.peerBudgetMs });
      figures.peers.apacheAnchor = { ...figuresApache, ...anchorTime(figuresApache) };
    } else {
      figures.peers.apacheSkipped = '@apache-annotator/dom 0.2.0 imports @apache-annotator/selector, which it lists only as a devDependency; it is not installed, so the library cannot load.';
    }
    await lab.close();

    log('PDF…');
    figures.pdf = {};
    for (const n of options.pdfSizes) {
      const runs = await repeat(options.runs, async () => (await measurePdf(printer, [article], annotations.slice(0, n))).totalMs);
      figures.pdf[n] = summarize(runs);
    }
    {
      const n = Math.max(...options.pdfSizes);
      const set = annotations.slice(0, n);
      const full = await repeat(options.runs, async () => (await measurePdf(printer, [article], set, { fullAppendix: true })).totalMs);
      const { html } = await briefHtml([article], set, { fullAppendix: true });
      const tags = await measureTagCost(browser, html, 2);
      // A session's first print starts the browser; the prints after it reuse it.
      const fresh = createChromiumPrinter();
      let firstMs: number;
      try {
        firstMs = (await measurePdf(fresh, [article], set)).totalMs;
      } finally {
        await fresh.close();
      }
      figures.pdfFull = { size: n, time: summarize(full), tagged: summarize(tags.tagged), untagged: summarize(tags.untagged), firstPrint: firstMs };
    }

    log(`Importing a PDF of ${options.pdfImportPages} pages…`);
    {
      const report = await reportPdf(browser, options.pdfImportPages);
      const runs = await repeat(options.runs, async () => (await measurePdfImport(report)).ms);
      const median = summarize(runs).median;
      figures.pdfImport = { pages: options.pdfImportPages, bytes: report.byteLength, time: summarize(runs), pagesPerSecond: Math.round((options.pdfImportPages / median) * 1000 * 10) / 10 };
    }

    return buildReport(figures, { chromium: browser.version() });
  } finally {
    await printer.close();
    await browser?.close();
    await server.close();
  }
}

/** A tagging target: the block holding a code-point range and the range's offsets within that block. */
export function tagTarget(blockTexts: readonly string[], start: number, end: number, text: string): TagTarget {
  let offset = 0;
  for (const [block, blockText] of blockTexts.entries()) {
    if (start < offset + blockText.length) return { block, start: start - offset, end: end - offset, exact: text.slice(start, end) };
    offset += blockText.length + 2;
  }
  throw new RangeError(`offset ${start} is past the text`);
}
