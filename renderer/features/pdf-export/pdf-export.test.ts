import { describe, expect, it } from 'vitest';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF } from '../../../app/testing/brief-test-fixture';
import type { BriefingDeskBridge, ExportPdfRequest, ExportPdfResult } from '../../../app/platform/ipc-contract';
import { runPdfExport, type PdfExportInput, type PdfExportStage } from './pdf-export';

/** A bridge that records requests and cancels; its export waits for `finish`. */
function fakeBridge() {
  const requests: ExportPdfRequest[] = [];
  let cancels = 0;
  let finish: (result: ExportPdfResult) => void = () => undefined;
  const bridge = {
    kind: 'electron',
    exportPdf: (request: ExportPdfRequest) => {
      requests.push(request);
      return new Promise<ExportPdfResult>((resolve) => (finish = resolve));
    },
    cancelExport: async () => {
      cancels++;
      finish({ status: 'cancelled' });
    },
  } as unknown as BriefingDeskBridge;
  return { bridge, requests, cancels: () => cancels, finish: (r: ExportPdfResult) => finish(r) };
}

function input(bridge: BriefingDeskBridge, controller: AbortController, stages: PdfExportStage[]): PdfExportInput {
  return {
    articles: [FIXTURE_ARTICLE],
    annotations: FIXTURE_ANNOTATIONS,
    brief: { ...FIXTURE_BRIEF, marking: 'SECRET', settings: { includeTags: ['risk'], order: 'by-tag', appendix: false, fullAppendix: false, paper: 'letter' } },
    analyst: 'Ada',
    bridge,
    loadFonts: async () => [],
    signal: controller.signal,
    onStage: (stage) => stages.push(stage),
    now: () => '2026-01-05T09:30:00Z',
  };
}

describe('runPdfExport', () => {
  it('composes the brief with its settings and marking and sends its title and paper', async () => {
    const { bridge, requests, finish } = fakeBridge();
    const stages: PdfExportStage[] = [];
    const done = runPdfExport(input(bridge, new AbortController(), stages));
    await expect.poll(() => requests.length).toBe(1);
    finish({ status: 'saved', fileName: 'x.pdf' });
    await expect(done).resolves.toEqual({ status: 'saved', fileName: 'x.pdf' });
    expect(stages).toEqual(['composing', 'printing']);
    const [request] = requests;
    expect(request).toMatchObject({ title: 'What Ukraine may be granted', suggestedName: 'What-Ukraine-may-be-granted.pdf', paper: 'letter' });
    expect(request?.html).toContain('<h2>Risks</h2>');
    expect(request?.html).not.toContain('<h2>Guarantees</h2>');
    expect(request?.html).not.toContain('Appendix');
    // Every printer prints the marking and page numbers from the brief's own page margins.
    expect(request?.html).toContain('@top-center{content:"SECRET"');
  });

  it('cancelled before the bridge call, never calls it', async () => {
    const { bridge, requests } = fakeBridge();
    const controller = new AbortController();
    const done = runPdfExport(input(bridge, controller, []));
    controller.abort();
    await expect(done).resolves.toEqual({ status: 'cancelled' });
    expect(requests).toEqual([]);
  });

  it('cancelled during the bridge call, asks the bridge to stop', async () => {
    const { bridge, requests, cancels } = fakeBridge();
    const controller = new AbortController();
    const done = runPdfExport(input(bridge, controller, []));
    await expect.poll(() => requests.length).toBe(1);
    controller.abort();
    await expect(done).resolves.toEqual({ status: 'cancelled' });
    expect(cancels()).toBe(1);
  });
});

