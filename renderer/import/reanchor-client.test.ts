import { describe, expect, it } from 'vitest';
import { workerCount } from './reanchor-client';

describe('workerCount', () => {
  it('gives each core a worker once there are enough annotations to share, up to four', () => {
    expect(workerCount(10, 8)).toBe(1);
    expect(workerCount(1000, 8)).toBe(1);
    expect(workerCount(1001, 8)).toBe(2);
    expect(workerCount(10_000, 2)).toBe(2);
    expect(workerCount(10_000, 16)).toBe(4);
    expect(workerCount(0, 0)).toBe(1);
  });
});
