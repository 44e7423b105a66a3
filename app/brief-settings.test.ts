import { describe, expect, it } from 'vitest';
import { DEFAULT_BRIEF_SETTINGS, resolveBriefSettings } from './brief-settings';

describe('resolveBriefSettings', () => {
  it('fills in the defaults', () => {
    expect(resolveBriefSettings()).toEqual(DEFAULT_BRIEF_SETTINGS);
    expect(resolveBriefSettings({ paper: 'letter' })).toEqual({ ...DEFAULT_BRIEF_SETTINGS, paper: 'letter' });
  });

  it('puts tags in display order without duplicates', () => {
    expect(resolveBriefSettings({ includeTags: ['precedent', 'guarantee', 'precedent'] }).includeTags).toEqual(['guarantee', 'precedent']);
  });
});
