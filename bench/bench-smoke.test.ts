// The benchmark's smoke run: every measurement once, at tiny sizes, against a fresh build, so
// the benchmark cannot rot unnoticed. It checks that each figure is produced, never how fast.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FULL_BENCH, runBench, SMOKE_BENCH } from './main';
import { formatReport } from './report';

const scratch = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('benchmark smoke run', () => {
  it('measures the app and its peers at tiny sizes and reports every figure and ratio', async () => {
    const report = await runBench({
      ...FULL_BENCH,
      ...SMOKE_BENCH,
      port: 0,
      webOutDir: join(scratch, 'web'),
      pagesOutDir: join(scratch, 'pages'),
      log: () => undefined,
    });
    for (const row of report.rows) expect(Number.isFinite(row.value), row.name).toBe(true);
    expect(report.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Open to interactive, 0 annotations', 'Tagging at 60, p95']));
    expect(report.ratios.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Open with 60 highlights vs @recogito/text-annotator', 'Open with 60 highlights vs mark.js markRanges', 'Anchor 60 quotes vs dom-anchor-text-quote']),
    );
    for (const ratio of report.ratios) expect(ratio.ratio, ratio.name).toBeGreaterThan(0);
    expect(report.figures.tagging.n).toBe(3);
    expect(report.figures.taggingFloor.n).toBe(3);
    expect(report.figures.review.verdict.n).toBe(2);
    expect(report.figures.dossier.switchSource.n).toBe(2);
    expect(report.figures.pdfImport).toMatchObject({ pages: 3 });
    expect(report.figures.pdfImport.pagesPerSecond).toBeGreaterThan(0);
    expect(report.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Brief of 2 sources: switching the source shown, p95 (click to text and highlights painted)']));
    expect(report.figures.anchoring.outcomes['anchored-position']).toBeGreaterThan(0);
    expect(report.figures.revisionSet).toMatchObject({ 'anchored-wrongly': 0 });
    expect(formatReport(report)).toContain('| ours / peer |');
  }, 180_000);
});
