import { describe, expect, it } from 'vitest';
import { titleWithoutSuffix } from './title-suffix';

describe('titleWithoutSuffix', () => {
  it('takes off the site, the author and a date appended to a headline', () => {
    expect(titleWithoutSuffix('Ukraine talks resume in Geneva | Eleanor Ainge Roy', ['The Guardian', 'Eleanor Ainge Roy'])).toBe('Ukraine talks resume in Geneva');
    expect(titleWithoutSuffix('What security guarantees is Ukraine likely to be granted? – DW – 12/18/2025', ['DW'])).toBe('What security guarantees is Ukraine likely to be granted?');
    expect(titleWithoutSuffix('Ceasefire monitors: who would go? | The Guardian', ['the guardian'])).toBe('Ceasefire monitors: who would go?');
    expect(titleWithoutSuffix('Talks stall - Reuters', [undefined, 'Reuters'])).toBe('Talks stall');
    expect(titleWithoutSuffix('Talks stall | By Jane Doe', ['Jane Doe'])).toBe('Talks stall');
  });

  it('keeps a title whose bar or colon belongs to it', () => {
    expect(titleWithoutSuffix('Ukraine: what next | Analysis', ['DW'])).toBe('Ukraine: what next | Analysis');
    expect(titleWithoutSuffix('DW', ['DW'])).toBe('DW');
    expect(titleWithoutSuffix('Russia – Ukraine: the talks – DW', ['DW'])).toBe('Russia – Ukraine: the talks');
  });
});
