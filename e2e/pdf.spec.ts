// The briefing PDF end to end: the sample brief file through the same pipeline as the command
// line (parse → compose → HTML with embedded fonts → Chromium's print engine), read back with
// poppler as a reader's tools would see it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { composeBrief } from '../app/brief/brief-compose';
import { parseBriefFile, serializeBriefFile } from '../app/exchange/brief-file';
import { loadBriefFonts } from '../node/brief-fonts';
import { createChromiumPrinter } from '../node/chromium-printer';
import { renderBriefFile } from '../app/brief/render-brief-file';
import { pdfText } from './support/pdf-text';

const SAMPLE = readFileSync(new URL('../assets/samples/sample.brief', import.meta.url), 'utf8');

/** pdfinfo's fields of PDF bytes, e.g. `Tagged`, `Pages`, `Title`. */
function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'briefing-pdfinfo-')), 'brief.pdf');
  writeFileSync(file, pdf);
  const lines = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n');
  return Object.fromEntries(lines.filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Collapses runs of spaces (pdftotext -layout pads columns) so phrases can be searched. */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

/** One browser for every print of this file, as the command line keeps one for a run. */
const printer = createChromiumPrinter();
test.afterAll(() => printer.close());

test.describe('the sample brief as PDF', () => {
  let pdf: Uint8Array;
  let text: string;
  let pages: string[];

  test.beforeAll(async () => {
    pdf = await renderBriefFile(SAMPLE, { printer, fonts: await loadBriefFonts() });
    text = squeeze(pdfText(pdf));
    pages = text.split('\f').filter((page) => page.trim().length > 0);
  });

  test('holds every part in order, after the title block, and lists its two sources', async () => {
    const parts = [
      'Security guarantees for Ukraine: what is on the table',
      'Key judgments',
      'Sources',
      'Guarantees',
      'Risks',
      'Precedents',
      'Guarantee matrix',
      'Appendix S1: What security guarantees is Ukraine likely to be granted?, highlighted',
      'Appendix S2: Interview notes: a European defence official on the guarantees',
    ];
    const positions = parts.map((part) => text.search(new RegExp(`^ *${part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} *$`, 'm')));
    expect(positions.every((p) => p >= 0), `parts found at ${positions.join(', ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const fact of ['On: 2 sources', 'Analyst Sample Analyst', 'Exported 2025-12-19 09:00 UTC']) expect(pages[0]).toContain(fact);
    const sources = text.slice(text.search(/^ *Sources *$/m), text.search(/^ *Guarantees *$/m));
    expect(sources).toMatch(/S1 What security guarantees is Ukraine likely to be granted\? — DW, Danilo Bilek, 2025-12-18\s+4 guarantees · 6 risks · 3 precedents/);
    expect(sources).toMatch(/S2 Interview notes: a European defence official on the guarantees \(fictional sample\) — Briefing Desk\s+\(fictional sample\), 2025-12-19\s+0 guarantees · 2 risks · 1 precedent/);
  });

  test('numbers every item with its tag letter and its source and ¶ reference', async () => {
    const parsed = await parseBriefFile(SAMPLE);
    if (!parsed.ok) throw new Error(parsed.message);
    const model = composeBrief({ ...parsed.value, exportedAt: parsed.value.exportedAt, analyst: 'x' });
    expect(model.items).toHaveLength(16);
    expect(model.items.filter((item) => item.sourceLabel === 'S2').map((item) => item.label)).toEqual(['R11', 'R12', 'P16']);
    for (const item of model.items) {
      expect(text, `item ${item.label}`).toMatch(new RegExp(`${item.label} \\w+ · ${item.sourceLabel} ¶ ${item.paragraph}\\b`));
    }
    expect(text).toContain('Speaker: Claudia Major');
    expect(text).toContain('Confidence: High');
    expect(text).toContain('Review: Agreed — Matches the text of the statement.');
    // A link across sources names the source it goes to; one within a source does not.
    expect(text).toMatch(/Linked from: R7, R10, R11 \(S2\), P15/);
    expect(text).toMatch(/R12 Risk · S2 ¶ 5 .*\n(.*\n)*?Bears on: G3 \(S1\)/);
  });

  test('has the guarantee matrix across sources: each guarantee with the risks and precedents of either source', async () => {
    const matrix = text.slice(text.indexOf('Guarantee matrix'), text.indexOf('Appendix S1'));
    expect(matrix).toMatch(/Guarantee Risks Precedents/);
    expect(matrix).toMatch(/G1 \(S1\) European-led .* R7, R10, R11 \(S2\) P15/);
    expect(matrix).toMatch(/G2 \(S1\) US led ceasefire .* R5, R8, R9, R10 P14, P16 \(S2\)/);
    expect(matrix).toMatch(/G4 \(S1\) basis of the agreement .* R5 P13/);
  });

  test('puts the marking and "Page n of m" on every page', async () => {
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, index) => {
      expect(page).toContain('UNCLASSIFIED // SAMPLE');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    expect(text).toContain('Page 1 of');
  });

  test('is tagged, titled, authored and has an outline', async () => {
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Security guarantees for Ukraine: what is on the table');
    expect(info.Author).toBe('Sample Analyst');
    expect(Number(info.Pages)).toBe(pages.length);
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
  });

  test('numbers highlights in the appendix, one part per source with its own items', async () => {
    const first = text.slice(text.indexOf('Appendix S1'), text.indexOf('Appendix S2'));
    const second = text.slice(text.indexOf('Appendix S2'));
    for (const label of ['G1', 'R7', 'P13', 'R10']) expect(first).toContain(label);
    for (const paragraph of [1, 2, 12]) expect(first).toMatch(new RegExp(`¶ ${paragraph} \\S`));
    for (const label of ['R11', 'R12', 'P16']) expect(second).toContain(label);
    expect(second).not.toMatch(/\bG1\b/);
  });
});

test('prints hostile notes and quotes as literal text', async () => {
  const parsed = await parseBriefFile(SAMPLE);
  if (!parsed.ok) throw new Error(parsed.message);
  const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> javascript:alert(3) </style>';
  const [first, ...rest] = parsed.value.annotations;
  if (!first) throw new Error('the sample has annotations');
  const file = serializeBriefFile({
    ...parsed.value,
    // The plain key judgments print only without the rich form, so that is dropped.
    brief: parsed.value.brief && { ...parsed.value.brief, marking: hostile, keyJudgments: hostile, keyJudgmentsDoc: undefined },
    annotations: [{ ...first, note: hostile, speaker: hostile }, ...rest],
  });
  const pdf = await renderBriefFile(file, { printer });
  const text = squeeze(pdfText(pdf));
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).toContain('<img src=x onerror=alert(2)>');
  expect(text).toContain('javascript:alert(3) </style>');
});

// The command line's printer: the page is set from memory and every request is refused. (The
// desktop app prints from a temporary file; its gate is main/pdf/print-request-gate.ts.)
test('the printer loads nothing the page names: no file, no share, no network', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-print-gate-'));
  const secret = join(folder, 'secret.html');
  writeFileSync(secret, '<p>SECRET-FROM-DISK</p>');
  const html = [
    '<!doctype html><html><body><p>Visible brief text.</p>',
    `<iframe src="file://${secret}" width="400" height="100"></iframe>`,
    '<img src="file://host/share/x.png" alt="">',
    '<img src="https://example.com/pixel.png" alt="">',
    '</body></html>',
  ].join('');
  const text = squeeze(pdfText(await printer.print(html, { paper: 'a4', title: 'Gate', author: 'Test' })));
  expect(text).toContain('Visible brief text.');
  expect(text).not.toContain('SECRET-FROM-DISK');
});

test('one printer prints brief after brief, nothing carried between them, and starts again after closing', async () => {
  const own = createChromiumPrinter();
  try {
    const first = squeeze(pdfText(await own.print('<!doctype html><p>First brief.</p><script>document.title = "ran"</script>', { paper: 'a4', title: 'One', author: 'A' })));
    const second = squeeze(pdfText(await own.print('<!doctype html><p>Second brief.</p>', { paper: 'letter', title: 'Two', author: 'A' })));
    expect(first).toContain('First brief.');
    expect(second).toContain('Second brief.');
    expect(second).not.toContain('First brief.');
    await own.close();
    const again = await own.print('<!doctype html><p>After closing.</p>', { paper: 'a4', title: 'Three', author: 'A' });
    expect(squeeze(pdfText(again))).toContain('After closing.');
  } finally {
    await own.close();
  }
});
