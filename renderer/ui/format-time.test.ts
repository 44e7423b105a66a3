import { expect, it } from 'vitest';
import { formatPublished, formatTime } from './format-time';

it('formats a stored time and shows an unreadable one as it is', () => {
  expect(formatTime('2026-01-02T03:04:00Z')).toMatch(/2026/);
  expect(formatTime('not a time')).toBe('not a time');
});

it('writes an ISO publication date out in full, on its own day, and leaves a written date alone', () => {
  const long = formatPublished('2025-12-18');
  expect(long).toMatch(/18/);
  expect(long).toMatch(/2025/);
  expect(long).not.toBe('2025-12-18');
  expect(formatPublished('December 18, 2025')).toBe('December 18, 2025');
  expect(formatPublished('2025-13-45')).toBe('2025-13-45');
});
