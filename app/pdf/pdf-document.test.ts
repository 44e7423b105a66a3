import { describe, expect, it } from 'vitest';
import { readPdfText, type PdfJsDocument } from './pdf-document';

/** A document of `count` pages, each one text item, as pdf.js hands them over. */
function documentOf(count: number, info: unknown = { Title: 'T' }): PdfJsDocument & { cleaned: number } {
  const doc = {
    cleaned: 0,
    numPages: count,
    getPage: async (n: number) => ({
      view: [10, 0, 610, 800],
      getTextContent: async () => ({ items: [{ str: `Page ${n} text`, transform: [12, 0, 0, 12, 60, 700], width: 80, fontName: 'f1', dir: 'ltr' }, { type: 'beginMarkedContent' }] }),
      cleanup: () => (doc.cleaned += 1),
    }),
    getMetadata: async () => ({ info }),
  };
  return doc;
}

describe('readPdfText', () => {
  it('reads every page in order with its size, the baseline from the top and the left edge from the page box, reporting progress', async () => {
    const progress: string[] = [];
    const doc = documentOf(3);
    const { pages, info } = await readPdfText(doc, { onPage: (done, total) => progress.push(`${done}/${total}`) });
    expect(pages.map((p) => [p.number, p.width, p.height])).toEqual([
      [1, 600, 800],
      [2, 600, 800],
      [3, 600, 800],
    ]);
    expect(pages[1]!.runs).toEqual([{ text: 'Page 2 text', x: 50, y: 100, width: 80, size: 12, font: 'f1' }]);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    expect(info).toEqual({ Title: 'T' });
    expect(doc.cleaned).toBe(3);
  });

  it('stops between pages when cancelled, with the signal’s reason', async () => {
    const controller = new AbortController();
    const read = readPdfText(documentOf(50), { signal: controller.signal, onPage: (done) => done === 2 && controller.abort() });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('takes missing or odd document information as none', async () => {
    expect((await readPdfText(documentOf(1, null))).info).toEqual({});
  });
});
