/**
 * How a brief reads as plain text, the same in the briefing PDF, the Word brief and Markdown:
 * its title block's facts, counts per tag in words, times, an item's place (`S2 p. 4 ¶ 2`, the
 * source only in a brief of several), and reference lists `G1, R4 (S2)` that name the source of
 * an item in another source than the one referring to it.
 */
import type { BriefItem, BriefItemRef, BriefModel, BriefTagCount } from './brief-compose';
import { tagStyle } from '../model/tags';
import { citationText } from '../model/paragraph-numbers';
import type { Confidence } from '../model/model';

/** The words for each confidence, as the PDF prints them. */
export const CONFIDENCE_LABEL: Readonly<Record<Confidence, string>> = { low: 'Low', moderate: 'Moderate', high: 'High' };

/** An ISO timestamp as `YYYY-MM-DD HH:MM UTC`; anything else unchanged (it is shown, not parsed). */
export function formatTimestamp(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** A count per tag, as words: `2 guarantees · 1 risk`. */
export function countWords(counts: readonly BriefTagCount[]): string {
  return counts.map((c) => `${c.count} ${c.count === 1 ? tagStyle(c.tag).label.toLowerCase() : c.heading.toLowerCase()}`).join(' · ');
}

/** What the title block says the brief is on, and its facts (label and value, those given only). */
export function titleFacts(model: BriefModel): { readonly on: string; readonly facts: readonly (readonly [string, string])[] } {
  const [first] = model.sources;
  const one = model.sources.length === 1 ? first : undefined;
  const facts: [string, string | undefined][] = [
    ['Publisher', one?.publisher],
    ['Byline', one?.byline],
    ['Published', one?.published],
    ['Source', one?.sourceUrl],
    ['Analyst', model.analyst],
    ['Exported', formatTimestamp(model.exportedAt)],
  ];
  return { on: one ? one.title : `${model.sources.length} sources`, facts: facts.filter((f): f is [string, string] => !!f[1]) };
}

/** Where an item's quote is, and whether it was found at all. */
export interface ItemPlace {
  /** `S2 ` or nothing, before the citation. */
  readonly source: string;
  /** `¶ 14`, `p. 4 ¶ 2`, or, for a quote not found, `not found in the source` (`article` with one source). */
  readonly where: string;
  readonly found: boolean;
}

/** The place of `item`'s quote, see {@link ItemPlace}. */
export function itemPlace(item: BriefItem): ItemPlace {
  const source = item.sourceLabel ? `${item.sourceLabel} ` : '';
  if (item.paragraph === undefined) return { source, where: `not found in the ${item.sourceLabel ? 'source' : 'article'}`, found: false };
  return { source, where: citationText({ paragraph: item.paragraph, page: item.page, pageParagraph: item.pageParagraph }), found: true };
}

/** One reference: its label, followed by its source (`G1 (S1)`) when that is not `from`. */
export function refText(ref: BriefItemRef, from: string | undefined): string {
  return ref.sourceLabel && ref.sourceLabel !== from ? `${ref.label} (${ref.sourceLabel})` : ref.label;
}

/** References as a list: `G1, R4 (S2)`. */
export function refsText(refs: readonly BriefItemRef[], from: string | undefined): string {
  return refs.map((ref) => refText(ref, from)).join(', ');
}
