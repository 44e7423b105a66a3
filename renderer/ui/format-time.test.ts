import { expect, it } from 'vitest';
import { formatTime } from './format-time';

it('formats a stored time and shows an unreadable one as it is', () => {
  expect(formatTime('2026-01-02T03:04:00Z')).toMatch(/2026/);
  expect(formatTime('not a time')).toBe('not a time');
});
