/**
 * Export as Markdown for people: the brief's title and marking, its source, the key
 * judgments with their bold and italic, then the items grouped by tag (in `TAG_STYLES` order),
 * numbered as the briefing PDF numbers them (`G1`, `R4`), each with its ¶ reference, quote,
 * speaker, confidence, note, the items it bears on and that bear on it, a revision's earlier
 * wording, author, verdict and origin. Every piece of user text is escaped
 * (`escapeMarkdownLines`), so nothing the analyst typed becomes live Markdown.
 */
import { itemPlace, refsText } from '../brief/brief-text';
import { describeOrigin } from '../annotations/annotation-origin';
import { composeBrief, type BriefItem, type TextRun } from '../brief/brief-compose';
import type { Brief } from '../brief/brief';
import { escapeMarkdownInline, escapeMarkdownLines } from './markdown-escape';
import type { Annotation, Article } from '../model/model';
import { TAG_STYLES, TAGS } from '../model/tags';
import { utcDate } from '../model/utc-date';
import { VERDICT_LABELS } from '../review/verdict-labels';
import { EARLIER_WORDING } from '../revisions/text-change';

/** A list item `- **Label:** text`, continuation lines indented to stay in the item. */
function field(label: string, text: string): string[] {
  const [first = '', ...rest] = escapeMarkdownLines(text);
  return [`- **${label}:** ${first}`, ...rest.map((line) => (line === '' ? '' : `  ${line}`))];
}

/** One item: its label and ¶ reference as a heading, its quote as a block quote, then its fields. */
function itemLines(item: BriefItem, annotation: Annotation | undefined): string[] {
  const place = itemPlace(item);
  const lines = [`### ${item.label} · ${place.source}${place.where}`, '', ...escapeMarkdownLines(item.quote).map((line) => (line === '' ? '>' : `> ${line}`)), ''];
  if (item.speaker) lines.push(...field('Speaker', item.speaker));
  if (item.confidence) lines.push(...field('Confidence', item.confidence));
  if (item.note.trim() !== '') lines.push(...field('Note', item.note.trim()));
  if (item.links.length > 0) lines.push(`- **Bears on:** ${refsText(item.links, item.sourceLabel)}`);
  if (item.linkedBy.length > 0) lines.push(`- **Linked from:** ${refsText(item.linkedBy, item.sourceLabel)}`);
  if (item.earlierWording !== undefined) lines.push(...field('Text changed in a revision; earlier wording', item.earlierWording));
  lines.push(...field('Author', annotation ? `${item.author}, ${utcDate(annotation.createdAt)}` : item.author));
  if (item.verdict) {
    const { status, reviewer, at, comment } = item.verdict;
    const judged = `${VERDICT_LABELS[status]} by ${reviewer}, ${utcDate(at)}`;
    const text = comment.trim() === '' ? judged : `${judged}: ${comment.trim()}`;
    lines.push(...field('Verdict', item.earlierWording !== undefined ? `${text} (${EARLIER_WORDING})` : text));
  }
  if (annotation?.origin) lines.push(...field('Imported', describeOrigin(annotation.origin)));
  return [...lines, ''];
}

/** Key judgments' runs as one Markdown line: the text escaped, bold and italic kept. */
function runsLine(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      const text = escapeMarkdownInline(run.text);
      const marked = !text ? '' : run.bold && run.italic ? `***${text}***` : run.bold ? `**${text}**` : run.italic ? `*${text}*` : text;
      // Emphasis must touch its words, so a run's outer spaces go outside its marks.
      return `${/^\s/.test(run.text) ? ' ' : ''}${marked}${/\s$/.test(run.text) ? ' ' : ''}`;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * The Markdown document of a brief (`brief`, if any) on `articles` (its sources, in order)
 * and its `annotations`: a title block, the sources (labelled `S1`, `S2`, … when there are
 * several), the key judgments, then one `##` section per tag with a count (a tag without
 * annotations says so), items in text order, each citing its source when there are several.
 * Orphaned annotations are listed, marked as not found, never dropped. Lines end in `\n`.
 */
export function annotationsToMarkdown(articles: readonly Article[], annotations: readonly Annotation[], brief?: Brief, exportedAt = new Date().toISOString()): string {
  const model = composeBrief({ articles, annotations, brief, exportedAt, analyst: brief?.author ?? '', settings: { includeTags: [...TAGS], order: 'by-tag', appendix: false } });
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const lines = [`# ${escapeMarkdownInline(brief?.title.trim() || (articles[0]?.title ?? model.title))}`, ''];
  if (brief?.marking.trim()) lines.push(`**Marking:** ${escapeMarkdownInline(brief.marking)}`, '');
  lines.push(articles.length > 1 ? '## Sources' : '## Source', '');
  articles.forEach((article, i) => {
    const about = [article.byline, article.publisher, article.published].filter((s): s is string => !!s && s.trim() !== '');
    const label = articles.length > 1 ? `${model.sources[i]?.label ?? ''}: ` : '';
    lines.push(`${label}**${escapeMarkdownInline(article.title)}**${about.length > 0 ? ` — ${escapeMarkdownInline(about.join(' · '))}` : ''}`, '');
    if (article.sourceUrl) lines.push(`Source: ${escapeMarkdownInline(article.sourceUrl)}`, '');
  });
  if (model.keyJudgments.length > 0) {
    lines.push('## Key judgments', '');
    for (const block of model.keyJudgments) {
      if (block.kind === 'paragraph') lines.push(runsLine(block.runs), '');
      else lines.push(...block.items.map((item) => `- ${runsLine(item)}`), '');
    }
  }
  for (const style of TAG_STYLES) {
    const items = model.sections.find((s) => s.tag === style.tag)?.items ?? [];
    lines.push(`## ${style.heading} (${items.length})`, '');
    if (items.length === 0) lines.push(`No ${style.heading.toLowerCase()}.`, '');
    for (const item of items) lines.push(...itemLines(item, byId.get(item.annotationId)));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
