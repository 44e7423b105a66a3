/**
 * Cohen's kappa for two raters from their confusion matrix: κ = (p_o − p_e) / (1 − p_e),
 * with p_o the share of items both put in the same category and p_e the share expected by
 * chance from each rater's own proportions. Undefined (not a number anyone should read) when
 * there are no items or chance agreement is total (both raters used one and the same category
 * throughout), rather than the 1 or 0 some tools print then.
 */

/** An agreement figure with what it rests on. */
export interface KappaFigure {
  /** κ, or undefined where it is not defined (see the module's comment). */
  readonly kappa: number | undefined;
  /** Observed agreement p_o (undefined without items). */
  readonly observed: number | undefined;
  /** Chance agreement p_e (undefined without items). */
  readonly expected: number | undefined;
  /** How many items (here: characters) it counts. */
  readonly items: number;
}

/**
 * κ of square confusion matrix `matrix`, where `matrix[i][j]` counts the items rater A put in
 * category i and rater B in category j.
 */
export function cohensKappa(matrix: readonly (readonly number[])[]): KappaFigure {
  const k = matrix.length;
  let items = 0;
  let same = 0;
  const rows = new Array<number>(k).fill(0);
  const columns = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const n = matrix[i]?.[j] ?? 0;
      items += n;
      rows[i]! += n;
      columns[j]! += n;
      if (i === j) same += n;
    }
  }
  if (items === 0) return { kappa: undefined, observed: undefined, expected: undefined, items };
  const observed = same / items;
  const expected = rows.reduce((sum, row, i) => sum + (row / items) * (columns[i]! / items), 0);
  const kappa = expected >= 1 ? undefined : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, items };
}
