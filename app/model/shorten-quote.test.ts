import { describe, expect, it } from 'vitest';
import { shortenQuote } from './shorten-quote';

describe('shortenQuote', () => {
  it('keeps a short text and cuts a long one to the limit with an ellipsis', () => {
    expect(shortenQuote('bob.brief', 24)).toBe('bob.brief');
    expect(shortenQuote('security-guarantees-for-ukraine-what-is-on-the-table.brief', 24)).toBe('security-guarantees-for…');
    expect(shortenQuote('x'.repeat(61))).toHaveLength(60);
  });
});
