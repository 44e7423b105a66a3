import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitizingAlpha, type Unit } from './unitizing-alpha';

/** Krippendorff's own example (Content Analysis, 2004, p. 254): a continuum from 150 of length 300, two observers, categories c and k; moved to start at 0. */
const KRIPPENDORFF_2004: Unit[][] = [
  [
    { begin: 225, length: 70, category: 'c' },
    { begin: 370, length: 30, category: 'c' },
    { begin: 180, length: 60, category: 'k' },
    { begin: 300, length: 50, category: 'k' },
  ],
  [
    { begin: 220, length: 80, category: 'c' },
    { begin: 355, length: 20, category: 'c' },
    { begin: 400, length: 20, category: 'c' },
    { begin: 180, length: 60, category: 'k' },
    { begin: 300, length: 50, category: 'k' },
  ],
].map((units) => units.map((u) => ({ ...u, begin: u.begin - 150 })));

describe('unitizingAlpha', () => {
  it('gives Krippendorff’s published values for his example: c 0.7286 (D_o 0.0144, D_e 0.0532), k 1, overall 0.8591', () => {
    const { overall, perCategory } = unitizingAlpha(KRIPPENDORFF_2004, ['c', 'k'], 300);
    const c = perCategory.get('c')!;
    const k = perCategory.get('k')!;
    expect(c.observed).toBeCloseTo(0.0144, 4);
    expect(c.expected).toBeCloseTo(0.0532, 4);
    expect(c.alpha).toBeCloseTo(0.7286, 4);
    expect(k.observed).toBeCloseTo(0, 4);
    expect(k.expected).toBeCloseTo(0.049, 4);
    expect(k.alpha).toBeCloseTo(1, 4);
    expect(Math.abs(overall.alpha! - 0.8591)).toBeLessThan(0.0005);
  });

  it('gives DKPro Agreement’s values for one long unit against three short ones inside it (D_o 0.9100, D_e 0.5351, α −0.7003)', () => {
    const coders: Unit[][] = [[{ begin: 1, length: 8, category: 'A' }], [2, 4, 6].map((begin) => ({ begin, length: 1, category: 'A' }))];
    const a = unitizingAlpha(coders, ['A'], 10).perCategory.get('A')!;
    // Within the 1e-4 its own test allows.
    expect(Math.abs(a.observed - 0.91)).toBeLessThan(1e-4);
    expect(Math.abs(a.expected - 0.5351)).toBeLessThan(1e-4);
    expect(Math.abs(a.alpha! + 0.7003)).toBeLessThan(1e-4);
  });

  it('is undefined, not 1, when nothing was coded; and for a category nobody used', () => {
    expect(unitizingAlpha([[], []], ['c'], 100).overall.alpha).toBeUndefined();
    expect(unitizingAlpha(KRIPPENDORFF_2004, ['c', 'k', 'unused'], 300).perCategory.get('unused')!.alpha).toBeUndefined();
  });

  const units = fc.array(
    fc.record({ begin: fc.nat(90), length: fc.integer({ min: 1, max: 15 }), category: fc.constantFrom('g', 'r') }),
    { maxLength: 5 },
  );

  it('is 1 for identical codings, the same whichever coder comes first, and never above 1 (property)', () => {
    fc.assert(
      fc.property(units, units, (a, b) => {
        const same = unitizingAlpha([a, a], ['g', 'r'], 100).overall;
        if (same.alpha !== undefined) expect(same.alpha).toBeCloseTo(1, 10);
        const ab = unitizingAlpha([a, b], ['g', 'r'], 100).overall;
        const ba = unitizingAlpha([b, a], ['g', 'r'], 100).overall;
        expect(ab.alpha === undefined).toBe(ba.alpha === undefined);
        if (ab.alpha !== undefined) {
          expect(ab.alpha).toBeCloseTo(ba.alpha!, 10);
          expect(ab.alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('matches the observed disagreement counted the slow way, by every pair of positions a boundary differs at (property)', () => {
    // For one unit each, overlapping or not, D_o·m(m−1)L² is δ² counted from the definition.
    fc.assert(
      fc.property(fc.nat(80), fc.integer({ min: 1, max: 20 }), fc.nat(80), fc.integer({ min: 1, max: 20 }), (b1, l1, b2, l2) => {
        const { perCategory } = unitizingAlpha([[{ begin: b1, length: l1, category: 'g' }], [{ begin: b2, length: l2, category: 'g' }]], ['g'], 100);
        const overlap = b1 < b2 + l2 && b2 < b1 + l1;
        const one = overlap ? (b1 - b2) ** 2 + (b1 + l1 - b2 - l2) ** 2 : l1 ** 2 + l2 ** 2;
        expect(perCategory.get('g')!.observed * 2 * 100 * 100).toBeCloseTo(2 * one, 6);
      }),
    );
  });
});
