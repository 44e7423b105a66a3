import { describe, expect, it } from 'vitest';
import { fileStem } from './file-stem';

describe('fileStem', () => {
  it('keeps the words, in any script, and nothing a file system could read as a path', () => {
    expect(fileStem('../Über: "a/b"?')).toBe('Über-a-b');
    expect(fileStem('Brief: a/b <c>')).toBe('Brief-a-b-c');
    expect(fileStem('Гарантії безпеки')).toBe('Гарантії-безпеки');
  });

  it('falls back to brief for a title with no words', () => {
    expect(fileStem('***')).toBe('brief');
  });
});
