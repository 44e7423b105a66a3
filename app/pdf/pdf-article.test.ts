// The PDF reading end to end on real PDFs: pages the project laid out in HTML and printed with
// Chromium (app/testing/pdf, made by scripts/make-pdf-fixtures.mjs), and the app's own
// briefing PDF, each read by pdf.js in Node as the renderer reads them in its worker.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfArticle, pdfDate } from './pdf-article';
import { readPdfText } from './pdf-document';
import { column, run } from '../testing/pdf-runs';
import type { ArticleBlock } from '../model/model';
import type { PdfTextRun } from './pdf-text';

async function read(name: string) {
  const data = new Uint8Array(readFileSync(new URL(`../testing/pdf/${name}`, import.meta.url)));
  const pdf = await getDocument({ data, isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const { pages, info } = await readPdfText(pdf);
    return pdfArticle(pages, info, name);
  } finally {
    await pdf.destroy();
  }
}

const texts = (blocks: readonly ArticleBlock[]) => blocks.map((b) => b.text);
const indexOf = (blocks: readonly ArticleBlock[], start: string) => blocks.findIndex((b) => b.text.startsWith(start));

describe('a two-column paper with running headers, page numbers and footnotes', () => {
  it('reads the title across the page, then each column in turn, a paragraph going on from one column to the next', async () => {
    const { draft } = await read('two-column.pdf');
    expect(draft.title).toBe('Guarantees Without Treaties: A Fixture Study');
    expect(draft.blocks[0]).toEqual({ type: 'heading', text: draft.title, page: 1 });
    expect(draft.blocks.slice(1, 4).map((b) => [b.type, b.text.slice(0, 20)])).toEqual([
      ['paragraph', 'Ada Lovelace and Bob'],
      ['heading', '1. Introduction'],
      ['paragraph', 'The allies weighed h'],
    ]);
    // The left column ends mid-sentence; the right one goes on with it.
    expect(texts(draft.blocks)).toContain('Funding would come through a standing facility, replenished each year, so that aid would no longer depend on a single vote in any one legislature or on the timing of elections.');
    expect(indexOf(draft.blocks, 'Funding')).toBeLessThan(indexOf(draft.blocks, '2. The statement'));
    expect(draft.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([draft.title, '1. Introduction', '2. The statement', '3. Monitoring', '4. Conclusion']);
  });

  it('drops the running header and the page numbers, and keeps each page on its blocks', async () => {
    const { draft } = await read('two-column.pdf');
    const all = texts(draft.blocks).join('\n');
    expect(all).not.toContain('Journal of Fixture Studies');
    expect(draft.blocks.some((b) => /^\d+$/.test(b.text))).toBe(false);
    expect(draft.blocks.find((b) => b.text === '3. Monitoring')?.page).toBe(2);
    expect(draft.blocks.find((b) => b.text === '4. Conclusion')?.page).toBe(3);
  });

  it('keeps footnotes apart, after their page’s text, with their marks; the marks in the text as superscripts', async () => {
    const { draft } = await read('two-column.pdf');
    const notes = draft.blocks.filter((b) => b.type === 'note');
    expect(notes.map((n) => [n.marker, n.page, n.text])).toEqual([
      ['1', 1, 'On the distinction between assurances and guarantees, see the memorandum of 1994.'],
      ['2', 1, 'Counted from the published text; two pledges were conditional.'],
      ['3', 2, 'The facility was first proposed in 2024 and revised twice.'],
    ]);
    const firstOfPage2 = draft.blocks.findIndex((b) => b.page === 2);
    expect(draft.blocks.indexOf(notes[1]!)).toBe(firstOfPage2 - 1);
    expect(draft.blocks.some((b) => b.type === 'paragraph' && b.text.endsWith('keeping forces ready.¹'))).toBe(true);
  });

  it('undoes hyphenation at line ends but keeps real hyphens, and reads the caption as a caption', async () => {
    const { draft } = await read('two-column.pdf');
    const all = texts(draft.blocks).join('\n');
    expect(all).toContain('meant to compile the national offers into one plan, a well-known pattern');
    expect(all).toContain('Whether the Anglo-American position holds is the open question; the cease-fire, and every cease-fire after it, will test it.');
    expect(draft.blocks.find((b) => b.text.startsWith('Figure 1.'))).toEqual({ type: 'caption', text: 'Figure 1. Pledges by country, as reported in the statement.', page: 1 });
  });
});

describe('a statement in one column, and the text in its own languages', () => {
  it('spells out ligatures, removes soft hyphens, keeps diacritics, Cyrillic and Arabic exactly', async () => {
    const { draft } = await read('one-column.pdf');
    const all = texts(draft.blocks).join('\n');
    expect(all).toContain('The parties will finance the fleet jointly and review the arrangement yearly.');
    expect(all).toContain('Гарантії безпеки для України обговорювали в Парижі; Zürich, Łódź and Kraków hosted the follow-up meetings.');
    expect(all).toContain('ضمانات أمنية');
    expect(all).not.toMatch(/[\uFB00-\uFB06\u00AD]|Page \d of \d|For release/);
  });

  it('is titled by its opening heading, not again by its metadata title', async () => {
    const { draft } = await read('one-column.pdf');
    expect(draft.title).toBe('Joint Statement on Security Guarantees');
    expect(draft.blocks.filter((b) => b.text.startsWith('Joint Statement'))).toHaveLength(1);
  });
});

describe('three columns, and line numbers down the margin', () => {
  it('reads a newsletter’s three columns in order', async () => {
    const { draft } = await read('three-column.pdf');
    const starts = draft.blocks.slice(1, 11).map((b) => b.text.split(' ').slice(0, 2).join(' '));
    expect(starts).toEqual(['The allies', 'Officials in', 'A monitoring', 'Past arrangements', 'Funding would', 'Negotiators expected', 'The allies', 'Officials in', 'A monitoring', 'Past arrangements']);
  });

  it('drops the line numbers of a draft', async () => {
    const { draft } = await read('line-numbers.pdf');
    expect(draft.blocks.some((b) => /\b(5|10|15|40|45)\b/.test(b.text))).toBe(false);
    expect(draft.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(12);
    expect(texts(draft.blocks).join(' ')).not.toMatch(/DRAFT|Not for citation/);
  });
});

describe('what the importer refuses to guess', () => {
  it('finds no text in a scan', async () => {
    const { characters } = await read('scan.pdf');
    expect(characters).toBe(0);
  });
});

describe('the app’s own briefing PDF', () => {
  it('gives back its text in order: title, key judgments, sources, items by tag, appendices', async () => {
    const { draft } = await read('sample-brief.pdf');
    const all = texts(draft.blocks).join('\n');
    const order = ['Key judgments', 'Sources', 'S1', 'S2', 'Guarantees', 'G1 Guarantee · S1 ¶ 7', 'Risks', 'R5 Risk', 'Precedents', 'P13 Precedent', 'Guarantee matrix', 'Appendix S1', 'Appendix S2'];
    // Each found after the one before it.
    let from = 0;
    for (const heading of order) {
      const at = all.indexOf(`\n${heading}`, from);
      expect(at, heading).toBeGreaterThan(from - 1);
      from = at + 1;
    }
    expect(draft.title).toBe('Security guarantees for Ukraine: what is on the table');
  });
});

describe('pdfArticle on laid-out runs', () => {
  it('takes the metadata title when the document does not open with a heading, and the date and author', () => {
    const page = { number: 1, width: 600, height: 800, runs: column(['Body text of a memo that has no heading.', 'It goes on.'], 50, 100) };
    const { draft } = pdfArticle([page], { Title: 'Memo on guarantees', Author: 'Fixture Office', CreationDate: "D:20251218093000+01'00'" }, 'memo.pdf');
    expect(draft).toMatchObject({ title: 'Memo on guarantees', byline: 'Fixture Office', published: '2025-12-18' });
    expect(draft.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);
  });

  it('falls back to the file name when the metadata title names a file', () => {
    const page = { number: 1, width: 600, height: 800, runs: [run('Only body text here, long enough.', 50, 100)] };
    expect(pdfArticle([page], { Title: 'Microsoft Word - draft3.docx' }, 'C:\\memos\\statement-v2.pdf').draft.title).toBe('statement-v2');
  });

  it('holds a page’s footnotes back until the paragraph going over the page ends', () => {
    const first = { number: 1, width: 600, height: 800, runs: [...column(['A paragraph that goes on', 'over the page and the'], 50, 100), run('1 The note of page one.', 50, 700, 7)] };
    const second = { number: 2, width: 600, height: 800, runs: column(['footnote waits for it.', 'Next paragraph.'], 50, 100) };
    const { draft } = pdfArticle([first, second], {}, 'x.pdf');
    expect(draft.blocks.slice(1).map((b) => [b.type, b.text, b.page])).toEqual([
      ['paragraph', 'A paragraph that goes on over the page and the footnote waits for it. Next paragraph.', 1],
      ['note', 'The note of page one.', 1],
    ]);
  });
});

describe('no body text lost or repeated', () => {
  /** Paragraphs of `words` wrapped to lines of at most `width` characters, set in `columns` columns of one page. */
  function layOut(paragraphs: readonly (readonly string[])[], columns: number) {
    const lines: string[][] = [];
    const width = columns === 1 ? 90 : 40;
    for (const words of paragraphs) {
      const wrapped: string[] = [];
      for (const word of words) {
        const last = wrapped[wrapped.length - 1];
        if (last !== undefined && last.length + 1 + word.length <= width) wrapped[wrapped.length - 1] = `${last} ${word}`;
        else wrapped.push(word);
      }
      lines.push(wrapped);
    }
    // Whole paragraphs to a column: the first half in the left one, the rest in the right.
    const runs: PdfTextRun[] = [];
    const split = Math.ceil(lines.length / columns);
    lines.forEach((paragraph, p) => {
      const col = p < split ? 0 : 1;
      const before = lines.slice(col === 0 ? 0 : split, p).reduce((n, q) => n + q.length, 0);
      const gaps = p - (col === 0 ? 0 : split);
      paragraph.forEach((text, i) => runs.push(run(text, 50 + col * 270, 100 + (before + i) * 12 + gaps * 8, 10)));
    });
    return runs;
  }

  it('every word of the body is read once, in order (property)', () => {
    // Paragraphs of three lines or more: a column is told by lines that fill it.
    const word = fc.stringMatching(/^[a-z]{3,9}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 24, maxLength: 60 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 2 }), (paragraphs, columns) => {
        const page = { number: 1, width: 600, height: 900, runs: layOut(paragraphs, columns) };
        const { draft } = pdfArticle([page], { Title: 'Property fixture' }, 'p.pdf');
        const read = draft.blocks.slice(1).flatMap((b) => b.text.split(' '));
        expect(read).toEqual(paragraphs.flat());
      }),
    );
  });
});

describe('pdfDate', () => {
  it('reads PDF dates and refuses what is not one', () => {
    expect(pdfDate("D:20251218093000+01'00'")).toBe('2025-12-18');
    expect(pdfDate('D:2025')).toBe('2025-01-01');
    expect(pdfDate('D:20251341')).toBeUndefined();
    expect(pdfDate(12)).toBeUndefined();
  });
});
