import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../protocol/app-origin';
import { grantsPermission } from './permissions';

describe('grantsPermission', () => {
  it('grants persistent storage to the app\'s own pages', () => {
    expect(grantsPermission('persistent-storage', APP_ENTRY_URL, APP_ENTRY_URL)).toBe(true);
    expect(grantsPermission('persistent-storage', 'app://briefing-desk/', APP_ENTRY_URL)).toBe(true);
  });

  it('refuses every other permission, and persistent storage to any other origin', () => {
    for (const permission of ['media', 'notifications', 'clipboard-read', 'openExternal', 'geolocation', 'fileSystem', 'unknown']) {
      expect(grantsPermission(permission, APP_ENTRY_URL, APP_ENTRY_URL), permission).toBe(false);
    }
    expect(grantsPermission('persistent-storage', 'https://example.com/', APP_ENTRY_URL)).toBe(false);
    expect(grantsPermission('persistent-storage', '', APP_ENTRY_URL)).toBe(false);
  });
});
