import { describe, expect, it } from 'vitest';
import { isQuotaError } from './storage-errors';

describe('isQuotaError', () => {
  it('recognises a quota error, also wrapped by Dexie (inner) or as a cause', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quota }))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
