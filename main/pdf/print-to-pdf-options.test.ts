import { describe, expect, it } from 'vitest';
import { printToPdfOptions } from './print-to-pdf-options';

describe('printToPdfOptions', () => {
  it("maps the paper to Chromium's page size", () => {
    expect(printToPdfOptions({ paper: 'a4', title: 't' }).pageSize).toBe('A4');
    expect(printToPdfOptions({ paper: 'letter', title: 't' }).pageSize).toBe('Letter');
  });

  it('asks for backgrounds, an outline and a tagged PDF, and leaves header and footer to the brief', () => {
    expect(printToPdfOptions({ paper: 'a4', title: 't' })).toEqual({
      pageSize: 'A4',
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: false,
    });
  });
});
