/**
 * Export as CSV, one row per annotation, for spreadsheets: the item number the briefing PDF
 * gives it (`G1`), tag, quote, ¶, speaker, confidence, note, the items it bears on, author,
 * created, verdict with its reviewer and comment (and whether it was given on an earlier
 * wording), and the source article's title and address. Rows are in text order; every cell is
 * quoted and neutralised against formula injection.
 */
import { formatCsv, neutraliseFormula } from './csv-format';
import type { Annotation, Article } from '../model/model';
import { citationText, placeInTextOrder } from '../model/paragraph-numbers';
import { tagStyle, TAGS } from '../model/tags';
import { VERDICT_LABELS } from '../review/verdict-labels';
import { composeBrief } from '../brief/brief-compose';
import { EARLIER_WORDING, verdictOnEarlierWording } from '../revisions/text-change';

/** The header row. */
export const CSV_HEADER: readonly string[] = [
  'Item',
  'Tag',
  'Quote',
  '¶',
  'Speaker',
  'Confidence',
  'Note',
  'Bears on',
  'Author',
  'Created',
  'Verdict',
  'Reviewer',
  'Verdict comment',
  'Source',
  'Source URL',
];

/**
 * The rows of the CSV export, header first, as the cells a spreadsheet will show (already
 * neutralised). Annotations source by source (the brief's order, `articles`), in text order
 * within each (orphaned ones last, their ¶ cell empty), then by id; annotations on no given
 * article are left out. `Created` is the stored ISO 8601 time.
 */
export function annotationCsvRows(articles: readonly Article[], annotations: readonly Annotation[]): string[][] {
  // Numbered as the briefing PDF numbers them by tag, so `G1` means the same item in both.
  const { items } = composeBrief({ articles, annotations, exportedAt: '', analyst: '', settings: { includeTags: [...TAGS], order: 'by-tag', appendix: false } });
  const numbered = new Map(items.map((item) => [item.annotationId, item]));
  const rows = articles.flatMap((article) => placeInTextOrder(article, annotations.filter((a) => a.articleId === article.id)).map((row) => ({ ...row, article })));
  const body = rows.map(({ annotation: a, place, article }) =>
    [
      numbered.get(a.id)?.label ?? '',
      tagStyle(a.tag).label,
      a.target.quote.exact,
      // A PDF source's passage is cited by page (`p. 4 ¶ 2`), as in the briefing PDF.
      place ? (place.page !== undefined ? citationText(place) : String(place.paragraph)) : '',
      a.speaker ?? '',
      a.confidence ?? '',
      a.note,
      numbered.get(a.id)?.links.map((r) => r.label).join(' ') ?? '',
      a.author,
      a.createdAt,
      a.verdict ? `${VERDICT_LABELS[a.verdict.status]}${verdictOnEarlierWording(a) ? ` (${EARLIER_WORDING})` : ''}` : '',
      a.verdict?.reviewer ?? '',
      a.verdict?.comment ?? '',
      article.title,
      article.sourceUrl ?? '',
    ].map(neutraliseFormula),
  );
  return [[...CSV_HEADER], ...body];
}

/** The CSV export of a brief's `annotations` on its sources `articles`: UTF-8 BOM, RFC 4180, CRLF (see `formatCsv`). */
export function annotationsToCsv(articles: readonly Article[], annotations: readonly Annotation[]): string {
  return formatCsv(annotationCsvRows(articles, annotations));
}
