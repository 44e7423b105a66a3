import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Printer } from '../app/platform/printer';
import { ChromiumNotFoundError } from '../node/chromium-printer';
import { EXIT, runCli, type CliIo } from './cli';

const SAMPLE = readFileSync(new URL('../assets/samples/sample.brief', import.meta.url), 'utf8');
const PDF = new TextEncoder().encode('%PDF-1.4 fake');

/** A world of in-memory files, recording what was written, printed and said. */
function world(files: Record<string, string>, printer?: Printer) {
  const written = new Map<string, Uint8Array>();
  const out: string[] = [];
  const err: string[] = [];
  const printed: { html: string; paper: string }[] = [];
  const io: CliIo = {
    async readText(path) {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
      return text;
    },
    async writeBytes(path, bytes) {
      if (path.startsWith('/missing/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      written.set(path, bytes);
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    printer: printer ?? {
      async print(html, options) {
        printed.push({ html, paper: options.paper });
        return PDF;
      },
    },
    loadFonts: async () => [],
  };
  return { io, written, out, err, printed };
}

describe('runCli', () => {
  it('renders a brief file to the named PDF on the asked paper', async () => {
    const w = world({ 'sample.brief': SAMPLE });
    expect(await runCli(['render', 'sample.brief', '-o', 'out.pdf', '--paper', 'letter'], w.io)).toBe(EXIT.ok);
    expect(w.written.get('out.pdf')).toEqual(PDF);
    expect(w.printed[0]).toMatchObject({ paper: 'letter' });
    expect(w.printed[0]?.html).toContain('@top-center{content:"UNCLASSIFIED \\2f \\2f  SAMPLE"');
    expect(w.printed[0]?.html).toContain('<h2>Guarantee matrix</h2>');
    expect(w.out.join('\n')).toMatch(/Wrote out.pdf/);
  });

  it('prints on the brief\'s own paper unless --paper overrides it', async () => {
    const file = JSON.parse(SAMPLE) as { brief: { settings?: object } };
    file.brief.settings = { includeTags: ['risk'], order: 'by-tag', appendix: false, paper: 'letter' };
    const w = world({ 'letter.brief': JSON.stringify(file) });
    expect(await runCli(['render', 'letter.brief', '-o', 'a.pdf'], w.io)).toBe(EXIT.ok);
    expect(await runCli(['render', 'letter.brief', '-o', 'b.pdf', '--paper', 'a4'], w.io)).toBe(EXIT.ok);
    expect(w.printed.map((p) => p.paper)).toEqual(['letter', 'a4']);
    expect(w.printed[0]?.html).not.toContain('<h2>Guarantees</h2>');
    expect(w.printed[0]?.html).not.toContain('Appendix');
  });

  it('renders a brief file to a Word document, without Chromium', async () => {
    const w = world({ 'sample.brief': SAMPLE });
    expect(await runCli(['render', 'sample.brief', '-o', 'out.docx'], w.io)).toBe(EXIT.ok);
    const docx = w.written.get('out.docx');
    expect(docx && String.fromCharCode(docx[0]!, docx[1]!)).toBe('PK');
    expect(w.printed).toEqual([]);
    expect(w.out.join('\n')).toMatch(/Wrote out.docx/);
  });

  it('renders several brief files into a folder, goes on past one that fails, and exits with the first failure', async () => {
    const w = world({ 'a.brief': SAMPLE, 'broken.brief': '{}', 'dir/c.BRIEF': SAMPLE });
    expect(await runCli(['render', 'a.brief', 'missing.brief', 'broken.brief', 'dir/c.BRIEF', '-o', 'out', '--appendix', 'full'], w.io)).toBe(EXIT.unreadable);
    expect([...w.written.keys()]).toEqual(['out/a.pdf', 'out/c.pdf']);
    expect(w.err.join('\n')).toMatch(/missing\.brief: no such file[\s\S]*broken\.brief: /);
    expect(w.out).toEqual([expect.stringMatching(/^Wrote out\/a\.pdf/), expect.stringMatching(/^Wrote out\/c\.pdf/)]);
  });

  it('refuses two brief files that would be written to the same file, writing neither', async () => {
    const w = world({ 'a.brief': SAMPLE, 'other/a.brief': SAMPLE });
    expect(await runCli(['render', 'a.brief', 'other/a.brief', '-o', 'out'], w.io)).toBe(EXIT.usage);
    expect(w.err[0]).toContain('two brief files would both be written to out/a.pdf');
    expect(w.written.size).toBe(0);
  });

  it('leaves the appendix out, or prints it in full, as --appendix says', async () => {
    const w = world({ 'sample.brief': SAMPLE });
    await runCli(['render', 'sample.brief', '-o', 'none.pdf', '--appendix', 'none'], w.io);
    await runCli(['render', 'sample.brief', '-o', 'full.pdf', '--appendix', 'full'], w.io);
    expect(w.printed[0]?.html).not.toContain('<section class="appendix">');
    expect(w.printed[1]?.html).toContain('<section class="appendix">');
  });

  it('prints usage and exits 2 for bad arguments', async () => {
    const w = world({});
    expect(await runCli(['render', 'x.brief'], w.io)).toBe(EXIT.usage);
    expect(w.err.join('\n')).toMatch(/-o <out.pdf>[\s\S]*Usage: briefing-desk render/);
  });

  it('says a missing file is missing and exits 3', async () => {
    const w = world({});
    expect(await runCli(['render', 'nope.brief', '-o', 'out.pdf'], w.io)).toBe(EXIT.unreadable);
    expect(w.err).toEqual(['briefing-desk: cannot read the brief file nope.brief: no such file.']);
    expect(w.written.size).toBe(0);
  });

  it('passes on the validator message for a malformed brief and exits 4', async () => {
    const w = world({ 'bad.brief': SAMPLE.replace('"version": 2', '"version": 7') });
    expect(await runCli(['render', 'bad.brief', '-o', 'out.pdf'], w.io)).toBe(EXIT.invalidBrief);
    expect(w.err[0]).toMatch(/^briefing-desk: bad\.brief: This brief file is version 7/);
    expect(w.written.size).toBe(0);
  });

  it('says no Chromium was found and exits 5', async () => {
    const noChromium: Printer = {
      print: async () => {
        throw new ChromiumNotFoundError('No Chromium found: install it.');
      },
    };
    const w = world({ 'sample.brief': SAMPLE }, noChromium);
    expect(await runCli(['render', 'sample.brief', '-o', 'out.pdf'], w.io)).toBe(EXIT.noChromium);
    expect(w.err).toEqual(['briefing-desk: No Chromium found: install it.']);
  });

  it('says when the PDF cannot be written and exits 1', async () => {
    const w = world({ 'sample.brief': SAMPLE });
    expect(await runCli(['render', 'sample.brief', '-o', '/missing/out.pdf'], w.io)).toBe(EXIT.failed);
    expect(w.err[0]).toMatch(/cannot write the PDF \/missing\/out\.pdf: no such file/);
  });
});
