import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './brief-text';

describe('formatTimestamp', () => {
  it('shortens UTC timestamps and leaves anything else alone', () => {
    expect(formatTimestamp('2026-01-05T09:30:12.5Z')).toBe('2026-01-05 09:30 UTC');
    expect(formatTimestamp('yesterday')).toBe('yesterday');
  });
});
