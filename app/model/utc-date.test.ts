import { describe, expect, it } from 'vitest';
import { utcDate } from './utc-date';

describe('utcDate', () => {
  it.each([
    ['2025-12-18T09:00:00Z', '2025-12-18'],
    ['2025-12-19T00:30:00+01:00', '2025-12-18'],
    ['2025-12-18', '2025-12-18'],
    ['last Tuesday', 'last Tuesday'],
  ])('%s → %s', (iso, date) => {
    expect(utcDate(iso)).toBe(date);
  });
});
