import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { withPdfMetadata } from './pdf-metadata';

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
