import { describe, expect, it } from 'vitest';
import { describeOrigin } from './annotation-origin';

describe('describeOrigin', () => {
  it('names the exporter and the UTC date of the export', () => {
    expect(describeOrigin({ author: 'Bob', exportedAt: '2025-12-18T23:30:00-02:00' })).toBe("from Bob's brief, 2025-12-19");
  });
});
