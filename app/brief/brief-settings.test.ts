import { describe, expect, it } from 'vitest';
import { DEFAULT_BRIEF_SETTINGS, readBriefSettings, resolveBriefSettings } from './brief-settings';

describe('resolveBriefSettings', () => {
  it('fills in the defaults', () => {
    expect(resolveBriefSettings()).toEqual(DEFAULT_BRIEF_SETTINGS);
    expect(resolveBriefSettings({ paper: 'letter' })).toEqual({ ...DEFAULT_BRIEF_SETTINGS, paper: 'letter' });
  });

  it('puts tags in display order without duplicates', () => {
    expect(resolveBriefSettings({ includeTags: ['precedent', 'guarantee', 'precedent'] }).includeTags).toEqual(['guarantee', 'precedent']);
  });
});

describe('readBriefSettings', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(readBriefSettings(undefined)).toEqual(DEFAULT_BRIEF_SETTINGS);
    expect(readBriefSettings({ includeTags: ['precedent', 'risk'], order: 'sideways', appendix: false })).toEqual({
      ...DEFAULT_BRIEF_SETTINGS,
      includeTags: ['risk', 'precedent'],
      appendix: false,
    });
  });
});
