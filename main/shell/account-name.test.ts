import { describe, expect, it } from 'vitest';
import { accountName } from './account-name';

describe('accountName', () => {
  it('gives the account name, trimmed and cut to 120 characters', () => {
    expect(accountName(() => ({ username: ' ada ' }))).toBe('ada');
    expect(accountName(() => ({ username: 'x'.repeat(200) }))).toHaveLength(120);
  });

  it('gives nothing for an empty name or one that cannot be read', () => {
    expect(accountName(() => ({ username: '' }))).toBeUndefined();
    expect(
      accountName(() => {
        throw new Error('no passwd entry');
      }),
    ).toBeUndefined();
  });
});
