/**
 * Cohen's κ over characters, the convention QualCoder documents: each character (code point)
 * of a source's canonical text is labelled by each analyst with the tags of the annotations
 * covering it, and the two labellings are compared character by character.
 *
 * - Overall, a character is in one of five categories per analyst: untagged, G, R, P, or
 *   several (covered by annotations of more than one tag).
 * - Per tag, a character is tagged with that tag or not (other tags count as not).
 *
 * Untagged text inflates κ's observed and chance agreement alike, and most of an article is
 * untagged, so every figure is given twice: over all characters, and over the coded text only —
 * the characters at least one of the two analysts tagged (for a tag's figure, with that tag).
 * On the coded text two analysts who tagged different passages agree on nothing, whatever the
 * length of the article.
 */
import type { Annotation } from '../model/model';
import { TAGS, type Tag } from '../model/tags';
import { cohensKappa, type KappaFigure } from './cohens-kappa';

/** One figure over all characters and over the coded ones. */
export interface KappaPair {
  readonly all: KappaFigure;
  readonly coded: KappaFigure;
}

/** κ overall (five categories) and per tag (tagged or not). */
export interface CharacterAgreement {
  readonly overall: KappaPair;
  readonly perTag: Readonly<Record<Tag, KappaPair>>;
}

const BIT: Readonly<Record<Tag, number>> = { guarantee: 1, risk: 2, precedent: 4 };

/** Each code point's tags as a bit mask (see `BIT`), over a text of `length` code points. */
export function tagMasks(length: number, annotations: readonly Annotation[]): Uint8Array {
  const masks = new Uint8Array(length);
  for (const a of annotations) {
    const start = Math.max(0, a.target.position.start);
    const end = Math.min(length, a.target.position.end);
    for (let i = start; i < end; i += 1) masks[i]! |= BIT[a.tag];
  }
  return masks;
}

/** The overall category of a mask: 0 untagged, 1–3 one tag (G, R, P), 4 several. */
function category(mask: number): number {
  if (mask === 0) return 0;
  if (mask === 1) return 1;
  if (mask === 2) return 2;
  if (mask === 4) return 3;
  return 4;
}

/** A `size`×`size` matrix of zeros. */
const zeros = (size: number): number[][] => Array.from({ length: size }, () => new Array<number>(size).fill(0));

/**
 * κ between analyst A's and analyst B's annotations of one text of `length` code points
 * (their positions count in it).
 */
export function characterAgreement(length: number, annotationsA: readonly Annotation[], annotationsB: readonly Annotation[]): CharacterAgreement {
  // The 8×8 counts of (A's mask, B's mask) hold everything every figure needs.
  const pairs = zeros(8);
  const a = tagMasks(length, annotationsA);
  const b = tagMasks(length, annotationsB);
  for (let i = 0; i < length; i += 1) pairs[a[i]!]![b[i]!]! += 1;

  const overall = (codedOnly: boolean) => {
    const matrix = zeros(5);
    pairs.forEach((row, ma) => row.forEach((n, mb) => {
      if (!codedOnly || ma !== 0 || mb !== 0) matrix[category(ma)]![category(mb)]! += n;
    }));
    return cohensKappa(matrix);
  };
  const forTag = (tag: Tag, codedOnly: boolean) => {
    const matrix = zeros(2);
    pairs.forEach((row, ma) => row.forEach((n, mb) => {
      const x = ma & BIT[tag] ? 1 : 0;
      const y = mb & BIT[tag] ? 1 : 0;
      if (!codedOnly || x || y) matrix[x]![y]! += n;
    }));
    return cohensKappa(matrix);
  };
  const perTag = Object.fromEntries(TAGS.map((tag) => [tag, { all: forTag(tag, false), coded: forTag(tag, true) }])) as Record<Tag, KappaPair>;
  return { overall: { all: overall(false), coded: overall(true) }, perTag };
}
