/**
 * Krippendorff's alpha for unitized data (α_u; Krippendorff 1995, "On the reliability of
 * unitizing continuous data", and Content Analysis, 2004, §12.4): how far two or more coders
 * agree on where the units of each category lie along one continuum — here a source's text,
 * in code points. For category c, each coder's continuum is cut into c's units and the gaps
 * between them (text in other categories is gap); the observed disagreement D_o sums, over
 * every pair of segments of two different coders, the squared differences of the boundaries
 * of overlapping units, or a unit's squared length where the other coder has a gap around it;
 * the expected disagreement D_e is the same sum for segments placed at random.
 * α_u(c) = 1 − D_o(c) / D_e(c), and over all categories α_u = 1 − ΣD_o / ΣD_e.
 *
 * It reproduces Krippendorff's own worked example (2004, p. 254; two observers) to four
 * decimals; the product compares two analysts. A coder's overlapping or touching units of one
 * category are one unit, as the measure assumes. α_u is undefined (not 1) where nothing was coded, so a pair of empty codings never
 * reads as perfect agreement.
 */
import type { Annotation } from '../model/model';
import { TAGS, type Tag } from '../model/tags';

/** One coded unit: where it begins, how long it is, and its category. */
export interface Unit {
  readonly begin: number;
  readonly length: number;
  readonly category: string;
}

/** α_u with what it rests on. */
export interface AlphaFigure {
  /** α_u, or undefined where the expected disagreement is zero (nothing coded). */
  readonly alpha: number | undefined;
  readonly observed: number;
  readonly expected: number;
  /** How many units all coders coded. */
  readonly units: number;
}

interface Segment {
  readonly begin: number;
  readonly length: number;
  readonly unit: boolean;
}

/** One coder's segments for `category` over [0, length): its units of the category (merged) and the gaps between. */
function segmentsOf(units: readonly Unit[], category: string, length: number): Segment[] {
  const own = units
    .filter((u) => u.category === category && u.length > 0)
    .map((u) => ({ begin: Math.max(0, u.begin), end: Math.min(length, u.begin + u.length) }))
    .filter((u) => u.end > u.begin)
    .sort((a, b) => a.begin - b.begin);
  const merged: { begin: number; end: number }[] = [];
  for (const u of own) {
    const last = merged[merged.length - 1];
    if (last && u.begin <= last.end) last.end = Math.max(last.end, u.end);
    else merged.push({ ...u });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const u of merged) {
    if (u.begin > at) segments.push({ begin: at, length: u.begin - at, unit: false });
    segments.push({ begin: u.begin, length: u.end - u.begin, unit: true });
    at = u.end;
  }
  if (at < length) segments.push({ begin: at, length: length - at, unit: false });
  return segments;
}

/** The squared distance of segment g of one coder and h of another (Krippendorff's δ²). */
function distance(g: Segment, h: Segment): number {
  const gEnd = g.begin + g.length;
  const hEnd = h.begin + h.length;
  if (g.unit && h.unit) return g.begin < hEnd && h.begin < gEnd ? (g.begin - h.begin) ** 2 + (gEnd - hEnd) ** 2 : 0;
  if (g.unit && !h.unit) return h.begin <= g.begin && gEnd <= hEnd ? g.length ** 2 : 0;
  if (!g.unit && h.unit) return g.begin <= h.begin && hEnd <= gEnd ? h.length ** 2 : 0;
  return 0;
}

/** D_o and D_e of one category over `coders`' units on a continuum of `length`. */
function disagreements(coders: readonly (readonly Unit[])[], category: string, length: number): { observed: number; expected: number; units: number } {
  const m = coders.length;
  const segments = coders.map((units) => segmentsOf(units, category, length));
  let observed = 0;
  for (let i = 0; i < m; i += 1) for (let j = 0; j < m; j += 1) if (i !== j) for (const g of segments[i]!) for (const h of segments[j]!) observed += distance(g, h);
  observed /= m * (m - 1) * length * length;

  const units = segments.flat().filter((s) => s.unit);
  const gaps = segments.flat().filter((s) => !s.unit);
  const n = units.length;
  let sum = 0;
  for (const g of units) {
    const l = g.length;
    let fits = 0;
    for (const h of gaps) if (h.length >= l) fits += h.length - l + 1;
    sum += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * fits;
  }
  const denominator = m * length * (m * length - 1) - units.reduce((s, g) => s + g.length * (g.length - 1), 0);
  const expected = denominator > 0 ? ((2 / length) * sum) / denominator : 0;
  return { observed, expected, units: n };
}

/** α_u per category and over all of `categories`, for `coders` (two or more) on a continuum of `length`. */
export function unitizingAlpha(coders: readonly (readonly Unit[])[], categories: readonly string[], length: number): { readonly overall: AlphaFigure; readonly perCategory: ReadonlyMap<string, AlphaFigure> } {
  const perCategory = new Map<string, AlphaFigure>();
  let observed = 0;
  let expected = 0;
  let units = 0;
  for (const category of categories) {
    const d = length > 0 && coders.length > 1 ? disagreements(coders, category, length) : { observed: 0, expected: 0, units: 0 };
    perCategory.set(category, { alpha: d.expected > 0 ? 1 - d.observed / d.expected : undefined, ...d });
    observed += d.observed;
    expected += d.expected;
    units += d.units;
  }
  return { overall: { alpha: expected > 0 ? 1 - observed / expected : undefined, observed, expected, units }, perCategory };
}

/** Two analysts' annotations of one text as α_u per tag and overall. */
export function annotationAlpha(length: number, annotationsA: readonly Annotation[], annotationsB: readonly Annotation[]): { readonly overall: AlphaFigure; readonly perTag: Readonly<Record<Tag, AlphaFigure>> } {
  const units = (list: readonly Annotation[]): Unit[] => list.map((a) => ({ begin: a.target.position.start, length: a.target.position.end - a.target.position.start, category: a.tag }));
  const { overall, perCategory } = unitizingAlpha([units(annotationsA), units(annotationsB)], TAGS, length);
  return { overall, perTag: Object.fromEntries(TAGS.map((tag) => [tag, perCategory.get(tag)!])) as Record<Tag, AlphaFigure> };
}
