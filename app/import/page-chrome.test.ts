import { describe, expect, it } from 'vitest';
import { isPageChrome } from './page-chrome';

describe('isPageChrome', () => {
  it.each(['Advertisement', 'Read more: Why the ceasefire failed', 'Continue reading the main story', 'Photo', 'Share on Facebook | Twitter | Email', 'Sign up for Command Line, a paid weekly newsletter from Alex Heath'])('drops “%s”', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each(['Photographs of the talks were released on Monday.', 'Read the statement in full below, officials said.', 'Continue reading, the minister urged the press.', 'Share prices fell.'])('keeps “%s”', (line) => {
    expect(isPageChrome(line)).toBe(false);
  });
});
