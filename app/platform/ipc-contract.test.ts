import { describe, expect, it } from 'vitest';
import { exportPdfRequestSchema } from './ipc-contract';

describe('exportPdfRequestSchema', () => {
  const valid = { html: '<p>x</p>', suggestedName: 'What-security-guarantees.pdf', title: 'T' };

  it('accepts a brief with a plain PDF file name', () => {
    expect(exportPdfRequestSchema.safeParse(valid).success).toBe(true);
  });

  it.each(['../escape.pdf', 'C:\\evil.pdf', 'brief.exe', 'tab\there.pdf', '.pdf'])('refuses the file name %j', (suggestedName) => {
    expect(exportPdfRequestSchema.safeParse({ ...valid, suggestedName }).success).toBe(false);
  });

  it('takes a known paper size', () => {
    expect(exportPdfRequestSchema.safeParse({ ...valid, paper: 'letter' }).success).toBe(true);
    expect(exportPdfRequestSchema.safeParse({ ...valid, paper: 'a3' }).success).toBe(false);
  });

  it('refuses unknown fields and empty HTML', () => {
    expect(exportPdfRequestSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(exportPdfRequestSchema.safeParse({ ...valid, html: '' }).success).toBe(false);
  });
});
