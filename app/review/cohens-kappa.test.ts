import { describe, expect, it } from 'vitest';
import { cohensKappa } from './cohens-kappa';

describe('cohensKappa', () => {
  // The worked examples of Wikipedia's "Cohen's kappa" article (rows: rater A yes/no; columns: rater B yes/no).
  it('gives the textbook 50-item example: p_o 0.7, p_e 0.5, κ 0.4', () => {
    const figure = cohensKappa([
      [20, 5],
      [10, 15],
    ]);
    expect(figure.observed).toBeCloseTo(0.7, 10);
    expect(figure.expected).toBeCloseTo(0.5, 10);
    expect(figure.kappa).toBeCloseTo(0.4, 10);
    expect(figure.items).toBe(50);
  });

  it('tells apart two tables of the same observed agreement (0.1304 and 0.2593)', () => {
    expect(cohensKappa([[45, 15], [25, 15]]).kappa).toBeCloseTo(0.1304, 4);
    expect(cohensKappa([[25, 35], [5, 35]]).kappa).toBeCloseTo(0.2593, 4);
  });

  it('gives Cohen’s own three-category example (1960, p. 45; N 200): p_o 0.70, p_e 0.41, κ 0.492', () => {
    const figure = cohensKappa([
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ]);
    expect(figure.observed).toBeCloseTo(0.7, 2);
    expect(figure.expected).toBeCloseTo(0.41, 2);
    expect(figure.kappa).toBeCloseTo(0.492, 3);
  });

  it('is 1 for perfect agreement over several categories, negative for systematic disagreement', () => {
    expect(cohensKappa([[3, 0, 0], [0, 4, 0], [0, 0, 5]]).kappa).toBeCloseTo(1, 10);
    expect(cohensKappa([[0, 5], [5, 0]]).kappa).toBeCloseTo(-1, 10);
  });

  it('is undefined, not 1, when both raters used one category throughout or there is nothing to count', () => {
    expect(cohensKappa([[10, 0], [0, 0]])).toMatchObject({ kappa: undefined, observed: 1, expected: 1 });
    expect(cohensKappa([[0, 0], [0, 0]])).toMatchObject({ kappa: undefined, items: 0 });
  });
});
