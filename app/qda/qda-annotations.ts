/**
 * A read REFI-QDA project's codings as the brief's annotations, once its sources are stored as
 * articles and the analyst has said what each code maps to: one annotation per coding whose
 * code maps to a tag, on its article's canonical text, with its note, its author and its links
 * to the other imported annotations. A selection coded twice gives two annotations; the first
 * keeps the selection's GUID as its id (so importing the same project again matches it).
 */
import { describeRange } from '../anchoring/text-selectors';
import { canonicalText } from '../model/canonical-text';
import { toUtf16Offset } from '../model/code-points';
import type { Annotation, Article } from '../model/model';
import type { Tag } from '../model/tags';
import type { QdaProject } from './qdpx-import';
import { derivedGuid } from './qda-guid';

/** What each code becomes: a tag, or null to leave its codings out. */
export type CodeMapping = Readonly<Record<string, Tag | null>>;

/** The mapping the codes' names give (Guarantee, Risk, Precedent), the rest left out until chosen. */
export function defaultCodeMapping(project: QdaProject): CodeMapping {
  return Object.fromEntries(project.codes.map((code) => [code.guid, code.tag ?? null]));
}

/**
 * The annotations of `project` on `articles` (its sources as stored, in its order), in brief
 * `briefId`, at time `now` where a coding gives none.
 */
export function projectAnnotations(project: QdaProject, articles: readonly Article[], mapping: CodeMapping, briefId: string, now: string): Annotation[] {
  const texts = articles.map((article) => canonicalText(article.blocks));
  const kept = project.codings.filter((c) => mapping[c.codeGuid]);
  const idOf = new Map<string, string>();
  const ids = kept.map((c, i) => {
    const id = idOf.has(c.selectionGuid) ? derivedGuid(`coding:${c.selectionGuid}:${i}`) : c.selectionGuid || derivedGuid(`coding:${i}`);
    if (!idOf.has(c.selectionGuid)) idOf.set(c.selectionGuid, id);
    return id;
  });
  return kept.map((coding, i): Annotation => {
    const text = texts[coding.source] ?? '';
    const range = { start: toUtf16Offset(text, coding.start), end: toUtf16Offset(text, coding.end) };
    const when = coding.createdAt && !Number.isNaN(Date.parse(coding.createdAt)) ? new Date(coding.createdAt).toISOString() : now;
    return {
      id: ids[i]!,
      briefId,
      articleId: articles[coding.source]!.id,
      tag: mapping[coding.codeGuid]!,
      target: describeRange(text, range),
      note: coding.note,
      links: coding.links.flatMap((guid) => (idOf.has(guid) ? [idOf.get(guid)!] : [])),
      author: coding.author.slice(0, 120),
      createdAt: when,
      updatedAt: when,
    };
  });
}
