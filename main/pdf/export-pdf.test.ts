import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportPdfRequest } from '../../app/platform/ipc-contract';
import type { PrintOptions, Printer } from '../../app/platform/printer';
import { writeFileAtomic } from '../../node/atomic-write';
import { exportPdf, type ExportPdfPorts } from './export-pdf';

const request: ExportPdfRequest = { html: '<h1>Brief</h1>', suggestedName: 'brief.pdf', title: 'Security guarantees' };

/** A printer that "prints" the HTML as fake PDF bytes and records each call. */
function fakePrinter() {
  const calls: { html: string; options: PrintOptions }[] = [];
  const printer: Printer = {
    print: async (html, options) => {
      calls.push({ html, options });
      return new TextEncoder().encode(`%PDF-fake ${html}`);
    },
  };
  return { printer, calls };
}

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'export-pdf-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Ports over the real file system with a fake printer, saving where `chosen` says. */
function ports(chosen: string | undefined, printer: Printer = fakePrinter().printer): ExportPdfPorts {
  return { chooseSavePath: async () => chosen, printer, writeFile: writeFileAtomic, paper: 'a4' };
}

describe('exportPdf', () => {
  it('prints the HTML on the chosen paper and saves the PDF where the user chose', async () => {
    const { printer, calls } = fakePrinter();
    const target = join(folder, 'out.pdf');
    await expect(exportPdf(request, ports(target, printer))).resolves.toEqual({ status: 'saved', fileName: 'out.pdf' });
    expect(await readFile(target, 'utf8')).toBe('%PDF-fake <h1>Brief</h1>');
    expect(calls).toEqual([{ html: request.html, options: { paper: 'a4', title: 'Security guarantees' } }]);
  });

  it('offers the suggested name in the dialog', async () => {
    const offered: string[] = [];
    const target = join(folder, 'x.pdf');
    await exportPdf(request, { ...ports(target), chooseSavePath: async (name) => (offered.push(name), target) });
    expect(offered).toEqual(['brief.pdf']);
  });

  it('adds .pdf when the chosen name lacks it', async () => {
    await expect(exportPdf(request, ports(join(folder, 'brief')))).resolves.toEqual({ status: 'saved', fileName: 'brief.pdf' });
    expect(await readdir(folder)).toEqual(['brief.pdf']);
  });

  it('on a cancelled dialog, prints and writes nothing', async () => {
    const { printer, calls } = fakePrinter();
    await expect(exportPdf(request, ports(undefined, printer))).resolves.toEqual({ status: 'cancelled' });
    expect(calls).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('when printing fails, rejects with the printer\'s message and writes nothing', async () => {
    const failing: Printer = { print: async () => Promise.reject(new Error('Could not print the brief: out of memory')) };
    await expect(exportPdf(request, ports(join(folder, 'out.pdf'), failing))).rejects.toThrow('out of memory');
    expect(await readdir(folder)).toEqual([]);
  });

  it('prints on the paper the request names', async () => {
    const { printer, calls } = fakePrinter();
    await exportPdf({ ...request, paper: 'letter' }, ports(join(folder, 'out.pdf'), printer));
    expect(calls[0]?.options).toEqual({ paper: 'letter', title: 'Security guarantees' });
  });

  it('when cancelled during printing, resolves cancelled and writes nothing', async () => {
    const controller = new AbortController();
    // Like the Electron printer: an abort destroys the print window, so printing rejects.
    const printer: Printer = {
      print: (_html, _options, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new Error('Could not print the brief: the window was destroyed')));
          controller.abort();
        }),
    };
    await expect(exportPdf(request, { ...ports(join(folder, 'out.pdf'), printer), signal: controller.signal })).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('when cancelled after printing finished, writes nothing', async () => {
    const controller = new AbortController();
    const printer: Printer = { print: async () => (controller.abort(), new Uint8Array([1])) };
    await expect(exportPdf(request, { ...ports(join(folder, 'out.pdf'), printer), signal: controller.signal })).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('when writing fails, rejects and leaves no file, half-written or temporary', async () => {
    const target = join(folder, 'out.pdf');
    await mkdir(target);
    await expect(exportPdf(request, ports(target))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['out.pdf']);
    expect(await readdir(target)).toEqual([]);
  });
});
