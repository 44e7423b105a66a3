/**
 * Export as Markdown for people: the article's annotations grouped by tag (in `TAG_STYLES`
 * order), each quote a block quote with its ¶ reference, then speaker, confidence, note,
 * author, verdict and origin. Every piece of user text is escaped (`escapeMarkdownLines`),
 * so a note cannot inject links or HTML into whatever renders the file.
 */
import { describeOrigin } from '../annotations/annotation-origin';
import { escapeMarkdownInline, escapeMarkdownLines } from './markdown-escape';
import type { Annotation, Article } from '../model/model';
import { placeInTextOrder, type PlacedAnnotation } from '../model/paragraph-numbers';
import { TAG_STYLES } from '../model/tags';
import { utcDate } from '../model/utc-date';
import { VERDICT_LABELS } from '../review/verdict-labels';

/** A list item `- **Label:** text`, continuation lines indented to stay in the item. */
function field(label: string, text: string): string[] {
  const [first = '', ...rest] = escapeMarkdownLines(text);
  return [`- **${label}:** ${first}`, ...rest.map((line) => (line === '' ? '' : `  ${line}`))];
}

/** One annotation: its quote as a block quote ending in its ¶ reference, then its fields. */
function itemLines({ annotation: a, place }: PlacedAnnotation<Annotation>): string[] {
  const quote = escapeMarkdownLines(a.target.quote.exact);
  const reference = place ? `(¶ ${place.paragraph})` : '(not found in the article)';
  quote[quote.length - 1] = `${quote[quote.length - 1] ?? ''} ${reference}`.trimStart();
  const lines = [...quote.map((line) => (line === '' ? '>' : `> ${line}`)), ''];
  if (a.speaker) lines.push(...field('Speaker', a.speaker));
  if (a.confidence) lines.push(...field('Confidence', a.confidence));
  if (a.note.trim() !== '') lines.push(...field('Note', a.note.trim()));
  lines.push(...field('Author', `${a.author}, ${utcDate(a.createdAt)}`));
  if (a.verdict) {
    const { status, reviewer, at, comment } = a.verdict;
    const judged = `${VERDICT_LABELS[status]} by ${reviewer}, ${utcDate(at)}`;
    lines.push(...field('Verdict', comment.trim() === '' ? judged : `${judged}: ${comment.trim()}`));
  }
  if (a.origin) lines.push(...field('Imported', describeOrigin(a.origin)));
  return [...lines, ''];
}

/**
 * The Markdown document for `annotations` of `article`: a title block, then one `##`
 * section per tag with a count (a tag without annotations says so), items in text order.
 * Orphaned annotations are listed, marked as not found, never dropped. Lines end in `\n`.
 */
export function annotationsToMarkdown(article: Article, annotations: readonly Annotation[]): string {
  const placed = placeInTextOrder(article, annotations);
  const about = [article.byline, article.publisher, article.published].filter((s): s is string => !!s && s.trim() !== '');
  const lines = [`# ${escapeMarkdownInline(article.title)}`, ''];
  if (about.length > 0) lines.push(escapeMarkdownInline(about.join(' · ')), '');
  if (article.sourceUrl) lines.push(`Source: ${escapeMarkdownInline(article.sourceUrl)}`, '');
  for (const style of TAG_STYLES) {
    const items = placed.filter((p) => p.annotation.tag === style.tag);
    lines.push(`## ${style.heading} (${items.length})`, '');
    if (items.length === 0) lines.push(`No ${style.heading.toLowerCase()}.`, '');
    for (const item of items) lines.push(...itemLines(item));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
