import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { expect, it } from 'vitest';
import { appendMetadataUpdate, withPdfMetadata } from './pdf-metadata';

/** A two-page PDF laid out as Chromium writes one: plain objects and a classic cross-reference table. */
async function chromiumLikePdf(): Promise<Uint8Array> {
  const original = await PDFDocument.create({ updateMetadata: false });
  original.addPage();
  original.addPage();
  original.setProducer('Skia/PDF m156');
  original.setTitle('Title from the page');
  return original.save({ useObjectStreams: false });
}

it('sets the title and author of a PDF and keeps its pages', async () => {
  const original = await PDFDocument.create();
  original.addPage();
  original.addPage();
  const bytes = await withPdfMetadata(await original.save(), { title: 'Brief: guarantees', author: 'Ada Analyst' });
  const read = await PDFDocument.load(bytes);
  expect(read.getTitle()).toBe('Brief: guarantees');
  expect(read.getAuthor()).toBe('Ada Analyst');
  expect(read.getCreator()).toBe('Briefing Desk');
  expect(read.getPageCount()).toBe(2);
});

it('appends the metadata to a classic-table PDF, leaving its bytes as they were', async () => {
  const original = await chromiumLikePdf();
  const bytes = await withPdfMetadata(original, { title: 'Брифінг: «гарантії» (draft) \\ 2', author: 'Ada Analyst' });
  expect(bytes.subarray(0, original.length)).toEqual(original);
  const read = await PDFDocument.load(bytes, { updateMetadata: false });
  expect(read.getTitle()).toBe('Брифінг: «гарантії» (draft) \\ 2');
  expect(read.getAuthor()).toBe('Ada Analyst');
  expect(read.getCreator()).toBe('Briefing Desk');
  expect(read.getProducer()).toBe('Skia/PDF m156');
  expect(read.getPageCount()).toBe(2);
  const preferences = read.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
  expect(preferences.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
});

it('leaves a PDF it cannot update in place to the full rewrite', async () => {
  const withObjectStreams = await (await PDFDocument.create()).save();
  expect(appendMetadataUpdate(withObjectStreams, { title: 'T' })).toBeUndefined();
  expect(appendMetadataUpdate(new TextEncoder().encode('%PDF-1.4\nnot a pdf'), { title: 'T' })).toBeUndefined();
});

it('keeps the catalog when it already asks for the title in the window title bar', async () => {
  // The first update writes the catalog with the viewer preference inline, as Chromium does.
  const once = appendMetadataUpdate(await chromiumLikePdf(), { title: 'Brief' })!;
  const twice = appendMetadataUpdate(once, { title: 'Brief 2' })!;
  expect(new TextDecoder('latin1').decode(twice.subarray(once.length))).not.toContain('/Catalog');
  const read = await PDFDocument.load(twice, { updateMetadata: false });
  expect(read.getTitle()).toBe('Brief 2');
  expect(read.getPageCount()).toBe(2);
});
