/**
 * The benchmark's report: the figures with the machine they were measured on, each target
 * checked against its target, the ratios ours / peer, and the Markdown table printed and put in the
 * README.
 */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Summary } from './stats';

/** Anchoring figures of a peer page, with the total time (measured or projected). */
export interface PeerAnchor {
  readonly done: number;
  readonly total: number;
  readonly found: number;
  readonly ms: number;
  readonly projected: boolean;
}

/** Everything measured, in ms unless named otherwise. */
export interface BenchFigures {
  article: { chars: number; blocks: number; paragraphs: number };
  sizes: { small: number; large: number };
  /** A first start of the web build with the sample (fresh profile): first contentful paint, and interactive. */
  coldStart: { firstPaint: Summary; interactive: Summary };
  open: Record<number, Summary>;
  heap: { usedBytes: number; totalBytes: number };
  scroll: { wheelWork: Summary; wheelInterval: Summary; dragWork: Summary; dragInterval: Summary };
  tagging: Summary;
  /** The same probe on a page that only shows a highlight and a card on the key (bench/pages/floor.ts). */
  taggingFloor: Summary;
  /** Review mode at the large size: switching it on (ms), and a verdict. */
  review: { open: number; verdict: Summary };
  storage: { write: Summary; read: Summary; one: Summary };
  anchoring: { place: Summary; sameText: Summary; reanchor: Summary; reanchorWorker: Summary; outcomes: Record<string, number> };
  /** The revision set's cases by how re-anchoring ended (app/testing/revision-set.ts). */
  revisionSet: Record<string, number>;
  /** The default PDF: for the 1 MB article, its appendix excerpted to the highlighted paragraphs and their neighbours. */
  pdf: Record<number, Summary>;
  /**
   * The largest PDF with every paragraph of the article (the full-text option); Chromium's
   * print of that page tagged (as the app prints) and untagged; and a session's first print,
   * which starts the browser the later ones reuse.
   */
  pdfFull: { size: number; time: Summary; tagged: Summary; untagged: Summary; firstPrint: number };
  /** A brief of many sources: open to interactive, switching the source shown, tagging in it, its PDF. */
  dossier: { sources: number; perSource: number; open: Summary; switchSource: Summary; search: Summary; tagging: Summary; pdf: Summary };
  /** A long two-column PDF report imported: bytes to article, and the pages read per second at the median. */
  pdfImport: { pages: number; bytes: number; time: Summary; pagesPerSecond: number };
  peers: {
    recogitoOpen: Record<number, Summary>;
    markOpen: Record<number, Summary>;
    recogitoAdd?: Summary;
    dtqAnchor?: PeerAnchor;
    apacheAnchor?: PeerAnchor;
    apacheSkipped?: string;
  };
}

/** One row of the table: a figure, its spread, and its target if it has one. */
export interface ReportRow {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'MB';
  readonly spread: string;
  readonly target?: number;
  readonly met?: boolean;
}

/** One comparison with a peer: ours / theirs, below 1 when we are faster. */
export interface Ratio {
  readonly name: string;
  readonly ours: number;
  readonly peer: number;
  readonly ratio: number;
  readonly note?: string;
}

/** The whole report, as written to bench/results.json. */
export interface BenchReport {
  readonly date: string;
  readonly machine: { readonly cores: number; readonly cpu: string; readonly memoryGB: number; readonly os: string; readonly chromium: string; readonly loadAverage: readonly number[] };
  readonly rows: readonly ReportRow[];
  readonly ratios: readonly Ratio[];
  readonly figures: BenchFigures;
}

const round = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);
const spreadOf = (s: Summary) => `${round(s.min)}–${round(s.max)} (IQR ${round(s.p25)}–${round(s.p75)}, n=${s.n})`;

/** A row from a summary's median (or another statistic), checked against `target` if given. */
function row(name: string, s: Summary, target?: number, statistic: 'median' | 'p95' = 'median'): ReportRow {
  const value = s[statistic];
  return { name, value, unit: 'ms', spread: spreadOf(s), ...(target === undefined ? {} : { target, met: value <= target }) };
}

/** Builds the report from the figures, the browser's version and this machine. */
export function buildReport(figures: BenchFigures, browser: { chromium: string }, now = new Date()): BenchReport {
  const { small, large } = figures.sizes;
  const k = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
  const heapMB = figures.heap.usedBytes / 2 ** 20;
  const pdfSizes = Object.keys(figures.pdf).map(Number);
  const rows: ReportRow[] = [
    row('Cold start, web build, fresh profile: first contentful paint', figures.coldStart.firstPaint),
    row('Cold start, web build, fresh profile: the sample ready to tag (database created, sample stored, painted)', figures.coldStart.interactive),
    row('Open to interactive, 0 annotations', figures.open[0]!),
    row(`Open to interactive, ${k(small)} annotations`, figures.open[small]!),
    row(`Open to interactive, ${k(large)} annotations`, figures.open[large]!, 1500),
    row(`Tagging at ${k(large)}, p50 (key to highlight and card painted)`, figures.tagging),
    row(`Tagging at ${k(large)}, p95`, figures.tagging, 16, 'p95'),
    row(`Tagging floor: a page that only shows a highlight and a card on the key, p50 (same probe)`, figures.taggingFloor),
    row(`Tagging floor, p95`, figures.taggingFloor, undefined, 'p95'),
    row(`Panel scroll, wheel 120 px/frame, frame work p95`, figures.scroll.wheelWork, 16, 'p95'),
    row(`Panel scroll, wheel, frame interval p95`, figures.scroll.wheelInterval, undefined, 'p95'),
    row(`Panel scroll, through all ${k(large)} cards, frame work p95`, figures.scroll.dragWork, 16, 'p95'),
    row(`Panel scroll, through all cards, frame interval p95`, figures.scroll.dragInterval, undefined, 'p95'),
    { name: `Review mode at ${k(large)}: switching it on (click to items painted, once)`, value: figures.review.open, unit: 'ms', spread: 'one run', target: 500, met: figures.review.open <= 500 },
    row(`Review mode at ${k(large)}: a verdict, p50 (click to painted)`, figures.review.verdict),
    row(`Re-anchor ${k(large)} after a revision, in a Web Worker (round trip)`, figures.anchoring.reanchorWorker, 1000),
    row(`Re-anchor ${k(large)} after a revision, main thread`, figures.anchoring.reanchor, 1000),
    row(`Anchor ${k(large)} quotes on the same text (reanchorAnnotations)`, figures.anchoring.sameText),
    row(`Place ${k(large)} at open (placeAnnotations)`, figures.anchoring.place),
    row(`Storage: write ${k(large)} (applyChanges, one transaction)`, figures.storage.write, 1000),
    row(`Storage: read ${k(large)} (annotationsOf)`, figures.storage.read),
    row(`Storage: one annotation's durable write at ${k(large)}, p50 (each tagging's, committed after it shows)`, figures.storage.one),
    row(`Storage: one annotation's durable write, p95`, figures.storage.one, undefined, 'p95'),
    ...pdfSizes.map((n) => row(`PDF of ${n} annotations (compose + Chromium print; appendix: highlighted paragraphs and neighbours)`, figures.pdf[n]!, n === Math.max(...pdfSizes) ? 5000 : undefined)),
    row(`PDF of ${figures.pdfFull.size}, every paragraph of the article (the full-text option)`, figures.pdfFull.time),
    row(`PDF of ${figures.pdfFull.size}, full text: Chromium's print alone, tagged (as the app prints)`, figures.pdfFull.tagged),
    row(`PDF of ${figures.pdfFull.size}, full text: Chromium's print alone, untagged`, figures.pdfFull.untagged),
    { name: `PDF of ${figures.pdfFull.size}: a session's first print (starts Chromium; later prints reuse it)`, value: figures.pdfFull.firstPrint, unit: 'ms', spread: 'one run' },
    row(`Brief of ${figures.dossier.sources} sources × ${k(figures.dossier.perSource)}: open to interactive`, figures.dossier.open, 1500),
    row(`Brief of ${figures.dossier.sources} sources: switching the source shown, p95 (click to text and highlights painted)`, figures.dossier.switchSource, 100, 'p95'),
    row(`Brief of ${figures.dossier.sources} sources: searching all their annotations, p95 (a quote typed to only its matches painted)`, figures.dossier.search, 100, 'p95'),
    row(`Brief of ${figures.dossier.sources} sources: tagging, p95`, figures.dossier.tagging, 16, 'p95'),
    row(`Brief of ${figures.dossier.sources} sources × ${k(figures.dossier.perSource)}: PDF (compose + Chromium print, once, the default appendix)`, figures.dossier.pdf),
    row(`Import a PDF of ${figures.pdfImport.pages} pages, two columns (pdf.js + reading order; ${figures.pdfImport.pagesPerSecond} pages/s)`, figures.pdfImport.time),
    { name: `JS heap after opening ${k(large)} (after GC)`, value: heapMB, unit: 'MB', spread: `heap total ${round(figures.heap.totalBytes / 2 ** 20)} MB`, target: 300, met: heapMB <= 300 },
  ];

  const ratios: Ratio[] = [];
  const ratio = (name: string, ours: number, peer: number, note?: string) => ratios.push({ name, ours, peer, ratio: ours / peer, ...(note ? { note } : {}) });
  for (const n of [small, large]) {
    ratio(`Open with ${k(n)} highlights vs @recogito/text-annotator`, figures.open[n]!.median, figures.peers.recogitoOpen[n]!.median, 'ours also reads IndexedDB and fills the panel; both draw the highlights near the text in view (ours: 20,000 characters either side)');
    ratio(`Open with ${k(n)} highlights vs mark.js markRanges`, figures.open[n]!.median, figures.peers.markOpen[n]!.median, 'ours also reads IndexedDB and fills the panel; mark.js wraps every highlight, ours those near the text in view');
  }
  if (figures.peers.recogitoAdd) {
    ratio(`Add one at ${k(large)}, p50, vs @recogito/text-annotator addAnnotation`, figures.tagging.median, figures.peers.recogitoAdd.median, 'ours: key press to highlight and card painted (the durable write commits after it shows); recogito: addAnnotation to painted');
  }
  const anchorNote = (p: PeerAnchor) => (p.projected ? `projected from ${p.done} of ${p.total} in the time budget` : undefined);
  if (figures.peers.dtqAnchor) ratio(`Anchor ${k(large)} quotes vs dom-anchor-text-quote`, figures.anchoring.sameText.median, figures.peers.dtqAnchor.ms, anchorNote(figures.peers.dtqAnchor));
  if (figures.peers.apacheAnchor) ratio(`Anchor ${k(large)} quotes vs @apache-annotator/dom`, figures.anchoring.sameText.median, figures.peers.apacheAnchor.ms, anchorNote(figures.peers.apacheAnchor));

  const cpu = cpus();
  return {
    date: now.toISOString(),
    machine: { cores: cpu.length, cpu: cpu[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`, chromium: browser.chromium, loadAverage: loadavg().map((l) => Math.round(l * 10) / 10) },
    rows,
    ratios,
    figures,
  };
}

const cell = (value: number, unit: string) => `${round(value)} ${unit}`;

/** The report as Markdown: the machine, the figures with their targets, the ratios. */
export function formatReport(report: BenchReport): string {
  const { machine, figures } = report;
  const lines = [
    `Measured ${report.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.os}, Chromium ${machine.chromium}, load average ${machine.loadAverage.join(' / ')} (1 / 5 / 15 min) at the end; ` +
      `stress article of ${figures.article.chars.toLocaleString('en')} characters in ${figures.article.blocks.toLocaleString('en')} blocks (${figures.article.paragraphs.toLocaleString('en')} paragraphs).`,
    '',
    '| measurement | value | spread: min–max (IQR) | target | met |',
    '|---|---:|---|---:|:-:|',
    ...report.rows.map((r) => `| ${r.name} | ${cell(r.value, r.unit)} | ${r.spread} | ${r.target === undefined ? '' : `≤ ${r.target} ${r.unit}`} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} |`),
    '',
    '| ours / peer | ours | peer | ratio | note |',
    '|---|---:|---:|---:|---|',
    ...report.ratios.map((r) => `| ${r.name} | ${cell(r.ours, 'ms')} | ${cell(r.peer, 'ms')} | ${r.ratio < 1 ? r.ratio.toFixed(2) : `**${r.ratio.toFixed(2)}**`} | ${r.note ?? ''} |`),
  ];
  lines.push('', 'Cold start of the desktop app: not measured by this bench, which drives the web build in Chromium; the Electron binary cannot be installed where it runs (see README, e2e).');
  if (figures.peers.apacheSkipped) lines.push('', `@apache-annotator/dom: not measured. ${figures.peers.apacheSkipped}`);
  lines.push('', `Re-anchoring outcomes after the revision: ${Object.entries(figures.anchoring.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  lines.push('', `The revision set (${Object.values(figures.revisionSet).reduce((a, b) => a + b, 0)} realistic revisions of the sample): ${Object.entries(figures.revisionSet).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  return lines.join('\n');
}
