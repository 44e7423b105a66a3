/**
 * Recovers an article's structure from scraped plain text (one block per line, as a web
 * page's text comes out of a copy or a scraper): the title, byline and date, captions
 * (recognised by their `Image:` credit), subheadings, and paragraphs, with the page chrome
 * that scrapes pick up dropped.
 */
import type { ArticleBlock, ArticleDraft } from './model';

/** Lines that are page chrome, never article text. */
const BOILERPLATE: readonly RegExp[] = [
  /^(\d+\.\s*)?Skip to\b/i,
  /^This browser does not support the video element\.?$/i,
  /^\d{1,2}:\d{2}(:\d{2})?$/,
];

/** Run-together breadcrumbs such as `PoliticsUkraine`: capitalised words with no spaces. */
const BREADCRUMBS = /^(?:[A-Z][a-z]+){2,}$/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `December 18, 2025` or `18 December 2025` as ISO 8601, or undefined if the line is not a date. */
export function parseWrittenDate(line: string): string | undefined {
  const monthFirst = /^([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(line.trim());
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(line.trim());
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  if (month < 0 || !day || !year) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Whether a line reads as a subheading: short, and not ending as a sentence does. */
function looksLikeHeading(line: string): boolean {
  return line.length <= 90 && !/[.:;,"”'’)]$/.test(line) && line.split(/\s+/).length <= 14;
}

/** Extra facts about a text that the text itself does not carry. */
export interface PlainTextMetadata {
  readonly publisher?: string;
  readonly sourceUrl?: string;
}

/**
 * The article in scraped plain text. Throws a RangeError when nothing readable is left,
 * since an article without text cannot be annotated.
 */
export function importPlainText(raw: string, metadata: PlainTextMetadata = {}): ArticleDraft {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0 && !BOILERPLATE.some((re) => re.test(line)));
  while (lines.length > 0 && BREADCRUMBS.test(lines[0] ?? '')) lines.shift();
  const title = lines.shift();
  if (!title) throw new RangeError('The text holds no readable lines');

  let byline: string | undefined;
  let published: string | undefined;
  const blocks: ArticleBlock[] = [{ type: 'heading', text: title }];
  for (const [index, line] of lines.entries()) {
    const date = parseWrittenDate(line);
    if (index < 3 && date && !published) {
      published = date;
    } else if (index === 0 && line.length <= 60 && !/[.?!]$/.test(line) && lines[1] && parseWrittenDate(lines[1])) {
      byline = line;
    } else if (/Image:\s/.test(line)) {
      blocks.push({ type: 'caption', text: line });
    } else {
      blocks.push({ type: looksLikeHeading(line) ? 'heading' : 'paragraph', text: line });
    }
  }
  return { title, byline, published, ...metadata, blocks };
}
