/**
 * Export as CSV, one row per annotation, for spreadsheets: tag, quote, ¶, speaker,
 * confidence, note, author, created, verdict, and the verdict's reviewer and comment (so a
 * reviewer's reasons are not lost). Rows are in text order; every text cell is neutralised
 * against formula injection.
 */
import { formatCsv, neutraliseFormula } from './csv-format';
import type { Annotation, Article } from '../model/model';
import { placeInTextOrder } from '../model/paragraph-numbers';
import { tagStyle } from '../model/tags';
import { VERDICT_LABELS } from '../review/verdict-labels';

/** The header row. */
export const CSV_HEADER: readonly string[] = ['Tag', 'Quote', '¶', 'Speaker', 'Confidence', 'Note', 'Author', 'Created', 'Verdict', 'Reviewer', 'Verdict comment'];

/**
 * The rows of the CSV export, header first, as the cells a spreadsheet will show (already
 * neutralised). Annotations in text order (orphaned ones last, their ¶ cell empty), then by
 * id. `Created` is the stored ISO 8601 time.
 */
export function annotationCsvRows(article: Article, annotations: readonly Annotation[]): string[][] {
  const rows = placeInTextOrder(article, annotations);
  const body = rows.map(({ annotation: a, place }) =>
    [
      tagStyle(a.tag).label,
      a.target.quote.exact,
      place ? String(place.paragraph) : '',
      a.speaker ?? '',
      a.confidence ?? '',
      a.note,
      a.author,
      a.createdAt,
      a.verdict ? VERDICT_LABELS[a.verdict.status] : '',
      a.verdict?.reviewer ?? '',
      a.verdict?.comment ?? '',
    ].map(neutraliseFormula),
  );
  return [[...CSV_HEADER], ...body];
}

/** The CSV export of `annotations` of `article`: UTF-8 BOM, RFC 4180, CRLF (see `formatCsv`). */
export function annotationsToCsv(article: Article, annotations: readonly Annotation[]): string {
  return formatCsv(annotationCsvRows(article, annotations));
}
