import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryDistance } from './boundary-distance';

/** The whole edit-distance table, row by row: slow and obviously right. */
function plainBoundaryDistance(stored: string, actual: string): number {
  let previous = Array.from({ length: actual.length + 1 }, (_, j) => j);
  for (let i = 1; i <= stored.length; i++) {
    const row = [i];
    for (let j = 1; j <= actual.length; j++) {
      const substitution = previous[j - 1]! + (stored[i - 1] === actual[j - 1] ? 0 : 1);
      row.push(Math.min(substitution, previous[j]! + 1, row[j - 1]! + 1));
    }
    previous = row;
  }
  return Math.min(...previous);
}

const reversed = (text: string): string => text.split('').reverse().join('');

describe('boundaryDistance', () => {
  it.each([
    ['the treaty', 'the treaty was signed', 0],
    ['the treaty', 'the traety was', 2],
    ['the treaty', 'a treaty', 3],
    ['', 'anything', 0],
    ['treaty', '', 6],
  ])('%j into the start of %j takes %i edits', (stored, actual, edits) => {
    expect(boundaryDistance(stored, actual, 64)).toBe(edits);
  });

  it('reads both strings from their ends when backward', () => {
    expect(boundaryDistance('signed in Minsk. ', 'Later it was signed in Minsk. ', 64, true)).toBe(0);
    expect(boundaryDistance('signed in Minsk. ', 'Later it was signed in Minsk. ', 64)).toBeGreaterThan(0);
  });

  it('reports limit + 1 once the distance exceeds the limit', () => {
    expect(boundaryDistance('the treaty', 'a treaty', 2)).toBe(3);
    expect(boundaryDistance('the treaty', 'xxxxxxxxxxxxxxxx', 0)).toBe(1);
  });

  it('equals the full table within the limit and reports limit + 1 beyond it, either way', () => {
    const unit = fc.constantFrom('a', 'b', 'c', ' ', '\uD83D', '\uDE00');
    const text = (minLength: number, maxLength: number) => fc.array(unit, { minLength, maxLength }).map((units) => units.join(''));
    const agrees = (stored: string, actual: string, limit: number, backward: boolean) => {
      const plain = backward ? plainBoundaryDistance(reversed(stored), reversed(actual)) : plainBoundaryDistance(stored, actual);
      expect(boundaryDistance(stored, actual, limit, backward)).toBe(plain <= limit ? plain : limit + 1);
    };
    fc.assert(fc.property(text(0, 24), text(0, 32), fc.nat(30), fc.boolean(), agrees), { numRuns: 2000 });
    // Stored strings either side of one machine word, which are computed differently.
    fc.assert(fc.property(text(28, 40), text(20, 48), fc.nat(44), fc.boolean(), agrees), { numRuns: 1000 });
  });

  it('refuses a negative or fractional limit', () => {
    expect(() => boundaryDistance('a', 'b', -1)).toThrow(RangeError);
    expect(() => boundaryDistance('a', 'b', 1.5)).toThrow(RangeError);
  });
});
