import { describe, expect, it } from 'vitest';
import { escapeHtml, printToPdfOptions } from './print-to-pdf-options';

describe('printToPdfOptions', () => {
  it('maps the paper to Chromium\'s page size', () => {
    expect(printToPdfOptions({ paper: 'a4', title: 't', marking: '' }).pageSize).toBe('A4');
    expect(printToPdfOptions({ paper: 'letter', title: 't', marking: '' }).pageSize).toBe('Letter');
  });

  it('asks for backgrounds, an outline and a tagged PDF', () => {
    expect(printToPdfOptions({ paper: 'a4', title: 't', marking: '' })).toMatchObject({
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: true,
    });
  });

  it('puts the marking in the header and page numbers in the footer', () => {
    const options = printToPdfOptions({ paper: 'a4', title: 't', marking: 'UNCLASSIFIED' });
    expect(options.headerTemplate).toContain('>UNCLASSIFIED</div>');
    expect(options.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('escapes the marking, so it cannot inject markup into the header', () => {
    const header = printToPdfOptions({ paper: 'a4', title: 't', marking: '<img src=x onerror=alert(1)> "R&D"' }).headerTemplate ?? '';
    expect(header).not.toContain('<img');
    expect(header).toContain('&#60;img src=x onerror=alert(1)&#62; &#34;R&#38;D&#34;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`<a href='x'>"&"</a> ü`)).toBe('&#60;a href=&#39;x&#39;&#62;&#34;&#38;&#34;&#60;/a&#62; ü');
  });
});
