import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/canonical-text';
import { UTF8_BOM } from './csv-format';
import { annotationCsvRows, annotationsToCsv, CSV_HEADER } from './export-csv';
import type { Annotation, Article } from '../model/model';
import { annotationOn } from '../testing/test-annotation';

const blocks = [
  { type: 'heading' as const, text: 'Guarantees' },
  { type: 'paragraph' as const, text: 'Allies said "never again", a guarantee. =HYPERLINK("http://evil") is a risk.' },
];
const text = canonicalText(blocks);
const article: Article = { id: 'art', title: 'Guarantees', blocks, textHash: '0'.repeat(64), importedAt: '2025-12-18T09:00:00Z' };

function annotation(id: string, exact: string, fields: Partial<Annotation> = {}): Annotation {
  return annotationOn(text, exact, { id, ...fields });
}

const annotations = [
  annotation('r1', '=HYPERLINK("http://evil")', { tag: 'risk', note: '@SUM(1)\nsecond line, with comma', speaker: '-Anon', confidence: 'low', links: ['g1'] }),
  annotation('g1', 'Allies said "never again"', {
    speaker: 'Allies',
    confidence: 'high',
    note: 'Ünïcödé 😀',
    verdict: { status: 'disputed', comment: '+ too strong', reviewer: 'Rea', at: '2025-12-19T08:00:00Z' },
  }),
];

describe('annotationsToCsv', () => {
  const csv = annotationsToCsv([article], annotations);

  it('parses back with papaparse to the same rows, after the BOM', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(annotationCsvRows([article], annotations));
  });

  it('writes one row per annotation in text order, every formula neutralised', () => {
    expect(annotationCsvRows([article], annotations)).toEqual([
      [...CSV_HEADER],
      ['G1', 'Guarantee', 'Allies said "never again"', '2', 'Allies', 'high', 'Ünïcödé 😀', '', 'Ana', '2025-12-18T10:00:00Z', 'Disputed', 'Rea', "'+ too strong", 'Guarantees', ''],
      ['R2', 'Risk', `'=HYPERLINK("http://evil")`, '2', "'-Anon", 'low', "'@SUM(1)\nsecond line, with comma", 'G1', 'Ana', '2025-12-18T10:00:00Z', '', '', '', 'Guarantees', ''],
    ]);
  });

  it('leaves the ¶ of an orphaned annotation empty and lists it last', () => {
    const orphan = annotation('a0', 'a guarantee');
    const rows = annotationCsvRows([article], [{ ...orphan, target: { ...orphan.target, quote: { ...orphan.target.quote, exact: 'gone' } } }, ...annotations]);
    expect(rows.at(-1)?.slice(1, 4)).toEqual(['Guarantee', 'gone', '']);
  });

  it('cites a passage of a source read from a PDF by page and ¶ on it', () => {
    const paged: Article = { ...article, blocks: blocks.map((b, i) => ({ ...b, page: i + 3 })) };
    expect(annotationCsvRows([paged], annotations).slice(1).map((row) => row[3])).toEqual(['p. 4 ¶ 1', 'p. 4 ¶ 1']);
  });

  it('writes only the header for no annotations', () => {
    expect(annotationsToCsv([article], [])).toBe(`${UTF8_BOM}${CSV_HEADER.map((h) => `"${h}"`).join(',')}\r\n`);
  });

  it('starts no formula in any cell, however a spreadsheet splits the file (comma, semicolon or tab)', () => {
    const hostile = ['=1+1', '  =1+1', '\uFF1D1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a;=2', 'b\t=3', 'c,=4'];
    const rows = hostile.map((note, i) => annotation(`h${i}`, 'a guarantee', { note, speaker: note, author: note }));
    const exported = annotationsToCsv([{ ...article, title: '=TITLE()', sourceUrl: '@url' }], rows).slice(UTF8_BOM.length);
    for (const delimiter of [',', ';', '\t']) {
      const parsed = Papa.parse<string[]>(exported, { delimiter, newline: '\r\n', skipEmptyLines: true });
      for (const cell of parsed.data.flat()) expect(cell, `${JSON.stringify(delimiter)}: ${JSON.stringify(cell)}`).not.toMatch(/^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u);
    }
  });
});

describe('annotationCsvRows of a brief of several sources', () => {
  it('writes the rows source by source, each naming its source, numbered across the brief as the PDF numbers them', () => {
    const notesBlocks = [{ type: 'heading' as const, text: 'Notes' }, { type: 'paragraph' as const, text: 'No troops pledged yet.' }];
    const notes: Article = { id: 'notes', title: 'Notes', blocks: notesBlocks, textHash: 'cd'.repeat(32), importedAt: '2025-12-18T09:00:00Z', sourceUrl: 'https://example.org/notes' };
    const onNotes = annotationOn(canonicalText(notesBlocks), 'No troops', { id: 'n1', articleId: 'notes', tag: 'risk', links: ['g1'] });
    const rows = annotationCsvRows([article, notes], [onNotes, ...annotations]);
    expect(rows.slice(1).map((row) => [row[0], row[3], row[7], row[13], row[14]])).toEqual([
      ['G1', '2', '', 'Guarantees', ''],
      ['R2', '2', 'G1', 'Guarantees', ''],
      ['R3', '2', 'G1', 'Notes', 'https://example.org/notes'],
    ]);
  });
});

