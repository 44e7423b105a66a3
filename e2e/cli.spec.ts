// The command line as a user runs it: `node bin/briefing-desk.mjs render …` in a child
// process, checking the PDF it writes, and each bad input's message and exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = join(ROOT, 'assets', 'samples', 'sample.brief');

/** Runs the command line with `args` (and extra environment); its exit code and output. */
function cli(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'briefing-desk.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// One after another: the first run may build the command line's bundle.
test.describe.configure({ mode: 'serial' });

test.describe('briefing-desk render', () => {
  let folder: string;

  test.beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'briefing-cli-'));
    expect(cli(['--help']).code).toBe(0);
  });

  test('renders the sample brief to a PDF on the asked paper', () => {
    const out = join(folder, 'sample.pdf');
    const run = cli(['render', SAMPLE, '-o', out, '--paper', 'letter']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}`);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  test('renders several brief files into one folder, one Chromium for all, the appendix as asked', () => {
    const copy = join(folder, 'copy.brief');
    writeFileSync(copy, readFileSync(SAMPLE));
    const out = mkdtempSync(join(folder, 'several-'));
    const run = cli(['render', SAMPLE, copy, '-o', out, '--appendix', 'none']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${join(out, 'sample.pdf')}`);
    expect(run.stdout).toContain(`Wrote ${join(out, 'copy.pdf')}`);
    for (const name of ['sample.pdf', 'copy.pdf']) {
      const text = spawnSync('pdftotext', [join(out, name), '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Guarantee matrix');
      expect(text).not.toContain('Appendix');
    }
  });

  test('exits 2 with usage for bad arguments', () => {
    const run = cli(['render', SAMPLE, '--paper', 'a3', '-o', join(folder, 'x.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown paper "a3"; use a4 or letter.');
    expect(run.stderr).toContain('Usage: briefing-desk render');
  });

  test('exits 3 for a missing file', () => {
    const run = cli(['render', join(folder, 'nope.brief'), '-o', join(folder, 'x.pdf')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('nope.brief: no such file.');
  });

  test('exits 4 for a malformed brief and writes nothing', () => {
    const bad = join(folder, 'bad.brief');
    writeFileSync(bad, readFileSync(SAMPLE, 'utf8').replace('"note": "', '"note": 42, "x": "'));
    const out = join(folder, 'bad.pdf');
    const run = cli(['render', bad, '-o', out]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/bad\.brief: The brief file is not valid: annotations\[0\]\.note: /);
    expect(existsSync(out)).toBe(false);
  });

  test('exits 5 when no Chromium is found', () => {
    const run = cli(['render', SAMPLE, '-o', join(folder, 'x.pdf')], { CHROMIUM_PATH: join(folder, 'no-chromium') });
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('CHROMIUM_PATH is set to');
  });
});
