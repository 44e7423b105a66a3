/**
 * Recovers an article's structure from scraped plain text (one block per line, as a web
 * page's text comes out of a copy or a scraper): the title; a header of byline and date; the
 * standfirst; subheadings; image captions (recognised by their `Image:` credit) with the
 * image's alt-text line before them dropped; and paragraphs. Page chrome that scrapes pick
 * up is dropped: skip links, run-together breadcrumbs, video player leftovers.
 */
import type { ArticleBlock, ArticleDraft } from '../model/model';
import { isPageChrome } from './page-chrome';


/** A video's duration, left alone on a line by the player. */
const DURATION = /^\d{1,2}:\d{2}(:\d{2})?$/;

/** Run-together breadcrumbs such as `PoliticsUkraine`: capitalised words with no spaces. */
const BREADCRUMBS = /^(?:[A-Z][a-z]+){2,}$/;

/** A caption's credit: `Image: Agency/Photographer`, sometimes run into the caption text. */
const IMAGE_CREDIT = /Image:\s/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month (0–11) a name or its abbreviation (`Dec`, `Sept.`) stands for, or -1. */
function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return -1;
  return MONTHS.findIndex((month) => month === key || (key.length <= 4 && month.startsWith(key)));
}

/** The ISO date of year, month (0–11) and day, or undefined if there is no such day. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  if (month < 0 || date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A line that is only a date, as ISO 8601, or undefined. Reads `December 18, 2025`,
 * `Dec. 18, 2025`, `18 December 2025`, `Thursday, December 18, 2025`, `2025-12-18` and
 * `18.12.2025`, after an optional `Published`/`Updated` label and before an optional time.
 * Impossible days (`February 30`) are not dates. Slashed dates are refused: 03/04 is
 * ambiguous between US and European order.
 */
export function parseWrittenDate(line: string): string | undefined {
  const text = line
    .trim()
    .replace(/^(?:(?:last\s+)?updated|published|posted|date)(?:\s+on)?\s*:?\s*/i, '')
    .replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i, '')
    .replace(/,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i, '');
  const monthFirst = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthIndex(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const dayFirst = /^(\d{1,2})\.?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthIndex(dayFirst[2] ?? ''), Number(dayFirst[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) return isoDate(Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1]));
  return undefined;
}

/** One capitalised name (`Danilo Bilek`, `Ursula von der Leyen`, `Jean-Luc O'Neill`). */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** Whether a line is a list of names, as bylines are: `A B`, `A B and C D`, `A B, C D & E F`. */
function isNameList(line: string): boolean {
  if (line.length > 80) return false;
  const names = line.split(/\s*(?:,|&|\band\b)\s*/).filter((part) => part.length > 0);
  return names.length > 0 && names.every((name) => NAME.test(name));
}

/** A header line's byline and date, if it holds either or both (`Danilo Bilek | December 18, 2025`). */
function headerFacts(line: string): { byline?: string; published?: string } | undefined {
  const published = parseWrittenDate(line);
  if (published) return { published };
  const by = /^By\s+(.+)$/i.exec(line)?.[1];
  if (by && isNameList(by)) return { byline: by };
  const [first, second, ...more] = line.split(/\s+[|·•–—-]\s+/);
  if (first === undefined || second === undefined || more.length > 0) return undefined;
  const name = first.replace(/^By\s+/i, '');
  const date = parseWrittenDate(second);
  return date && isNameList(name) ? { byline: name, published: date } : undefined;
}

/** Whether a line ends as a sentence or a clause does, closing quotes and brackets aside. */
function endsAsSentence(line: string): boolean {
  return /[.,;:!]$/.test(line.replace(/["”'’)\]]+$/, ''));
}

/**
 * Whether a line reads as a subheading: short, starting as a title does, and not ending as
 * a sentence does (a question may be a subheading; a quoted phrase at the end may too).
 */
function looksLikeHeading(line: string): boolean {
  return line.length <= 100 && line.split(' ').length <= 14 && /^["“'‘\p{Lu}\d]/u.test(line) && !endsAsSentence(line);
}

/** A non-empty line of the source and whether a blank line (or the start) came before it. */
interface SourceLine {
  readonly text: string;
  readonly afterBlank: boolean;
}

/** The source's lines, whitespace collapsed, blank lines turned into `afterBlank` marks. */
function sourceLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let afterBlank = true;
  for (const rawLine of raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const text = rawLine.replace(/\s+/g, ' ').trim();
    if (text) lines.push({ text, afterBlank });
    afterBlank = text.length === 0;
  }
  return lines;
}

/**
 * The lines without page chrome: boilerplate, durations and the video title just before a
 * duration (a player's leftovers), and breadcrumbs before the title.
 */
function withoutChrome(lines: readonly SourceLine[]): SourceLine[] {
  const kept = lines.filter((line, i) => {
    if (isPageChrome(line.text) || DURATION.test(line.text)) return false;
    const next = lines[i + 1]?.text ?? '';
    return !(DURATION.test(next) && looksLikeHeading(line.text));
  });
  while (kept.length > 0 && BREADCRUMBS.test(kept[0]?.text ?? '')) kept.shift();
  return kept;
}

/** Extra facts about a text that the text itself does not carry. */
export interface PlainTextMetadata {
  readonly publisher?: string;
  readonly sourceUrl?: string;
}

/**
 * The article in scraped plain text. The first line is the title; up to three lines after
 * it are read as the header when they are a date, a byline (`By …`, or names next to the
 * date) or both; the first line after the header is the standfirst, always a paragraph. A
 * line directly above an `Image:` caption, with no blank line between, is the image's alt
 * text and is dropped. Throws a RangeError when nothing readable is left, since an article
 * without text cannot be annotated.
 */
export function importPlainText(raw: string, metadata: PlainTextMetadata = {}): ArticleDraft {
  const [titleLine, ...rest] = withoutChrome(sourceLines(raw));
  if (!titleLine) throw new RangeError('The text holds no readable lines');
  const title = titleLine.text;

  let byline: string | undefined;
  let published: string | undefined;
  let header = 0;
  for (; header < Math.min(3, rest.length); header++) {
    const line = rest[header]?.text ?? '';
    const facts = headerFacts(line);
    const nextIsDate = parseWrittenDate(rest[header + 1]?.text ?? '') !== undefined;
    if (facts && !(facts.byline && byline) && !(facts.published && published)) {
      byline = facts.byline ?? byline;
      published = facts.published ?? published;
    } else if (!byline && isNameList(line) && (nextIsDate || published !== undefined)) {
      byline = line;
    } else {
      break;
    }
  }

  const body = rest.slice(header);
  const blocks: ArticleBlock[] = [{ type: 'heading', text: title }];
  for (const [index, line] of body.entries()) {
    const next = body[index + 1];
    const isCaption = IMAGE_CREDIT.test(line.text);
    if (!isCaption && next && !next.afterBlank && IMAGE_CREDIT.test(next.text) && !endsAsSentence(line.text)) continue;
    if (isCaption) {
      // The credit run into the caption ("in BerlinImage: AFP") gets its space back.
      blocks.push({ type: 'caption', text: line.text.replace(/(\S)(Image:\s)/, '$1 $2') });
    } else {
      const isStandfirst = blocks.length === 1;
      blocks.push({ type: !isStandfirst && line.afterBlank && looksLikeHeading(line.text) ? 'heading' : 'paragraph', text: line.text });
    }
  }
  return { title, byline, published, ...metadata, blocks };
}
