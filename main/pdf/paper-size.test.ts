import { describe, expect, it } from 'vitest';
import { paperSizeForRegion } from './paper-size';

describe('paperSizeForRegion', () => {
  it('gives Letter in North America and the Philippines', () => {
    expect(['US', 'CA', 'MX', 'ph'].map(paperSizeForRegion)).toEqual(['letter', 'letter', 'letter', 'letter']);
  });

  it('gives A4 elsewhere and when the region is unknown', () => {
    expect(['DE', 'UA', 'GB', 'JP', '', 'ZZ'].map(paperSizeForRegion)).toEqual(['a4', 'a4', 'a4', 'a4', 'a4', 'a4']);
  });
});
