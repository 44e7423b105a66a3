// The Word brief read back by independent readers: pandoc (Debian's) turns it into Markdown,
// which shows its headings, items, quotes and the matrix table; the package's own XML shows the
// header's marking, the footer's page fields and the styles every paragraph is in.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeBrief, type ComposeBriefInput } from './brief-compose';
import { quoteStyleId, renderBriefDocx } from './brief-docx';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF, FIXTURE_NOTES, fixtureAnnotation, NOTES_ANNOTATIONS } from '../testing/brief-test-fixture';

const PANDOC = (() => {
  try {
    execFileSync('pandoc', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

const base: ComposeBriefInput = { articles: [FIXTURE_ARTICLE], annotations: FIXTURE_ANNOTATIONS, brief: FIXTURE_BRIEF, exportedAt: '2026-01-05T09:30:00Z', analyst: 'A. Analyst' };
const two: ComposeBriefInput = { ...base, articles: [FIXTURE_ARTICLE, FIXTURE_NOTES], annotations: [...FIXTURE_ANNOTATIONS, ...NOTES_ANNOTATIONS] };

async function docx(input: ComposeBriefInput): Promise<Uint8Array> {
  return renderBriefDocx(composeBrief(input));
}

/** The docx as pandoc's Markdown (pipe tables, ATX headings). */
function pandoc(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'docx-')), 'brief.docx');
  writeFileSync(file, bytes);
  return execFileSync('pandoc', [file, '-f', 'docx', '-t', 'markdown-simple_tables-multiline_tables-grid_tables', '--wrap=none'], { encoding: 'utf8' });
}

/** The XML parts of the package, by name. */
function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('renderBriefDocx, the package', () => {
  it('prints the marking in the header and Page n of m in the footer of every page', async () => {
    const xml = parts(await docx({ ...base, brief: { ...FIXTURE_BRIEF, marking: 'RESTRICTED' } }));
    const header = Object.entries(xml).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    const footer = Object.entries(xml).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(header).toContain('RESTRICTED');
    expect(footer).toMatch(/Page .*PAGE.*of .*NUMPAGES/s);
  });

  it('sets sections in Heading 1, items in Heading 2 and each quote in its tag’s quote style', async () => {
    const document = parts(await docx(base))['word/document.xml'] ?? '';
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    for (const tag of ['guarantee', 'risk', 'precedent'] as const) expect(document).toContain(`<w:pStyle w:val="${quoteStyleId(tag)}"/>`);
    const styles = parts(await docx(base))['word/styles.xml'] ?? '';
    expect(styles).toMatch(/w:styleId="QuoteRisk".*w:val="dashed"/s);
  });

  it('keeps hostile text as text: escaped in the XML, no field, hyperlink or script made of it', async () => {
    const hostile = '<w:fldSimple w:instr="HYPERLINK evil"/>]]> {HYPERLINK "http://x"} <script>alert(1)</script> & “';
    const note = fixtureAnnotation('h1', 'risk', 'Doubts', { note: hostile, speaker: hostile });
    const document = parts(await docx({ ...base, annotations: [...FIXTURE_ANNOTATIONS, note], brief: { ...FIXTURE_BRIEF, title: hostile, marking: hostile } }))['word/document.xml'] ?? '';
    expect(document).not.toContain('<w:fldSimple w:instr="HYPERLINK evil"/>');
    expect(document).not.toContain('<w:hyperlink');
    expect(document).not.toContain('<script>');
    expect(document).toContain('&lt;w:fldSimple w:instr=&quot;HYPERLINK evil&quot;/&gt;');
  });
});

describe.skipIf(!PANDOC)('renderBriefDocx read by pandoc (skipped without pandoc: apt-get install pandoc)', () => {
  it('has the title block, key judgments, a section per tag with its items in order, and the matrix as a table', async () => {
    const text = pandoc(await docx(base));
    expect(text).toContain('Security guarantees for Ukraine');
    expect(text).toMatch(/^# Key judgments$/m);
    const headings = [...text.matchAll(/^(#{1,2}) (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings.filter((h) => h.startsWith('# '))).toEqual(['# Key judgments', '# Guarantees', '# Risks', '# Precedents', '# Guarantee matrix']);
    const items = headings.filter((h) => h.startsWith('## ')).map((h) => h.slice(3).split(' ')[0]);
    expect(items).toEqual(['G1', 'G2', 'R3', 'R4', 'P5']);
    expect(text).toMatch(/^## G1 Guarantee · ¶ 2$/m);
    expect(text).toMatch(/^\| \*\*Guarantee\*\* +\| \*\*Risks\*\* +\| \*\*Precedents\*\* +\|$/m);
    expect(text).toMatch(/^\| G1 Europe offers a reassurance force\. +\| R3 +\| P5 +\|$/m);
    expect(text).toMatch(/^\| G2 The US offers air support\. +\| R4 +\| none +\|$/m);
  });

  it('cites sources in a brief of several: a Sources section, S2 ¶ n, and links across sources named', async () => {
    const text = pandoc(await docx(two));
    expect(text).toMatch(/^# Sources$/m);
    expect(text).toMatch(/^\*\*S2\*\* \*Interview notes\* --- Own reporting, 2025-12-19$/m);
    expect(text).toMatch(/^\| G1 \(S1\) Europe offers a reassurance force\. +\| R3, R5 \(S2\) +\| P6 +\|$/m);
    expect(text).toMatch(/^## R\d+ Risk · S2 ¶ \d+$/m);
    expect(text).toMatch(/^\*\*Bears on:\*\* G1 \(S1\)$/m);
  });
});
