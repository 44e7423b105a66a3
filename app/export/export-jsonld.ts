/**
 * Export as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), the format
 * other annotation tools read: one `AnnotationCollection`, named and summarised by the brief
 * (its title, marking and key judgments), holding every annotation of a brief's sources on a
 * single embedded page. Each annotation carries what the analyst and reviewers wrote, in the model's
 * own terms: the tag (`tagging`), the note (`commenting`), the speaker (`identifying`), the
 * confidence (`classifying`), links to other annotations (`linking` SpecificResources) and the
 * verdict (`assessing`), each body with its creator and time; and who made it, with what.
 */
import type { Brief } from '../brief/brief';
import type { Annotation, Article } from '../model/model';
import { VERDICT_LABELS } from '../review/verdict-labels';
import { EARLIER_WORDING, verdictOnEarlierWording } from '../revisions/text-change';

/** The Web Annotation JSON-LD context. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The terms the collection adds to the model's, from schema.org: the brief's marking and key judgments. */
export const BRIEF_CONTEXT = { schema: 'https://schema.org/', keyJudgments: 'schema:abstract', marking: 'schema:conditionsOfAccess' } as const;

/** A person or the app, as the model names agents. */
export interface WebAnnotationAgent {
  readonly id: string;
  readonly type: 'Person' | 'Software';
  readonly name: string;
}

/** A text body: the tag, the note, the speaker, the confidence or a verdict. */
export interface WebAnnotationTextualBody {
  readonly type: 'TextualBody';
  readonly purpose: 'tagging' | 'commenting' | 'identifying' | 'classifying' | 'assessing';
  readonly value: string;
  readonly format: 'text/plain';
  readonly creator?: WebAnnotationAgent;
  readonly created?: string;
  readonly modified?: string;
}

/** A link to another annotation of the collection. */
export interface WebAnnotationLinkBody {
  readonly type: 'SpecificResource';
  readonly purpose: 'linking';
  readonly source: string;
}

/** The passage annotated: the article text named by hash, found by both selectors. */
export interface WebAnnotationTarget {
  /** `urn:sha256:<hex>`: the canonical text the selectors count in. */
  readonly source: string;
  /** The article's web page, when known: the context the text was taken from. */
  readonly scope?: string;
  readonly selector: readonly [
    { readonly type: 'TextPositionSelector'; readonly start: number; readonly end: number },
    { readonly type: 'TextQuoteSelector'; readonly exact: string; readonly prefix: string; readonly suffix: string },
  ];
}

/** One annotation in the Web Annotation model. */
export interface WebAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'highlighting';
  readonly body: readonly (WebAnnotationTextualBody | WebAnnotationLinkBody)[];
  readonly target: WebAnnotationTarget;
  readonly creator: WebAnnotationAgent;
  /** UTC, ISO 8601 with `Z`, as the model recommends. */
  readonly created: string;
  readonly modified: string;
  readonly generator: WebAnnotationAgent;
}

/** A collection of annotations with its only page embedded. */
export interface WebAnnotationCollection {
  readonly '@context': readonly [typeof WEB_ANNOTATION_CONTEXT, typeof BRIEF_CONTEXT];
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly marking?: string;
  readonly keyJudgments?: string;
  readonly generator: WebAnnotationAgent;
  readonly generated: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly partOf: string;
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

/** What an export is made with, besides the article and its annotations. */
export interface JsonLdExportOptions {
  /** A UUID naming this export (`urn:uuid:` is added). */
  readonly collectionId: string;
  /** The app that wrote it and its version, as `generator`. */
  readonly generator: { readonly name: string; readonly version: string };
  readonly brief?: Brief;
  /** When the export was made, ISO 8601. */
  readonly exportedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The IRI of annotation `id`: `urn:uuid:` for a UUID (what the app makes); any other id
 * (from another copy's file) percent-encoded under this app's URN, so it stays a valid IRI
 * and the same on every export.
 */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:briefing-desk:annotation:${encodeURIComponent(id)}`;
}

/** A person named `name`, with an IRI made from the name (the app knows people only by name). */
function person(name: string): WebAnnotationAgent {
  return { id: `urn:briefing-desk:person:${encodeURIComponent(name)}`, type: 'Person', name };
}

/** An ISO 8601 time in UTC with `Z`; a RangeError names the annotation when it is unreadable. */
function utc(iso: string, annotationId: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`Annotation ${annotationId} has an unreadable time: "${iso}"`);
  return new Date(time).toISOString();
}

/** A plain-text body. */
function textBody(purpose: WebAnnotationTextualBody['purpose'], value: string, extra: Partial<WebAnnotationTextualBody> = {}): WebAnnotationTextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', ...extra };
}

/** One annotation of `article` in the Web Annotation model. */
function toWebAnnotation(article: Article, annotation: Annotation, generator: WebAnnotationAgent): WebAnnotation {
  const { position, quote } = annotation.target;
  const creator = person(annotation.author);
  const created = utc(annotation.createdAt, annotation.id);
  const modified = utc(annotation.updatedAt, annotation.id);
  const body: (WebAnnotationTextualBody | WebAnnotationLinkBody)[] = [textBody('tagging', annotation.tag, { creator, created })];
  if (annotation.note.trim() !== '') body.push(textBody('commenting', annotation.note, { creator, created, modified }));
  if (annotation.speaker) body.push(textBody('identifying', annotation.speaker, { creator }));
  if (annotation.confidence) body.push(textBody('classifying', `confidence: ${annotation.confidence}`, { creator }));
  for (const link of annotation.links) body.push({ type: 'SpecificResource', purpose: 'linking', source: annotationIri(link) });
  const { verdict } = annotation;
  if (verdict) {
    const value = [VERDICT_LABELS[verdict.status], verdict.comment.trim()].filter(Boolean).join(': ');
    body.push(textBody('assessing', verdictOnEarlierWording(annotation) ? `${value} (${EARLIER_WORDING})` : value, { creator: person(verdict.reviewer), created: utc(verdict.at, annotation.id) }));
  }
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: 'highlighting',
    body,
    target: {
      // The selectors count in the canonical text, not in the web page's markup, so the
      // source is that text (by hash) and the page is only its scope.
      source: `urn:sha256:${article.textHash}`,
      ...(article.sourceUrl ? { scope: article.sourceUrl } : {}),
      selector: [
        { type: 'TextPositionSelector', start: position.start, end: position.end },
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      ],
    },
    creator,
    created,
    modified,
    generator,
  };
}

/**
 * A brief's annotations on its sources `articles` as one Web Annotation collection, source by
 * source in the brief's order and in text order within each (then by id), each target naming
 * its source's text by hash, for `JSON.stringify`. Throws a RangeError for an annotation on
 * an article not given or with an unreadable time.
 */
export function toWebAnnotationCollection(articles: readonly Article[], annotations: readonly Annotation[], options: JsonLdExportOptions): WebAnnotationCollection {
  const sources = new Map(articles.map((article, i) => [article.id, { article, i }]));
  const stranger = annotations.find((a) => !sources.has(a.articleId));
  if (stranger) throw new RangeError(`Annotation ${stranger.id} is on article ${stranger.articleId}, which is not among the sources given`);
  const [first] = articles;
  const generator: WebAnnotationAgent = { id: 'urn:briefing-desk:software', type: 'Software', name: `${options.generator.name} ${options.generator.version}` };
  const sourceOf = (a: Annotation) => sources.get(a.articleId) as { article: Article; i: number };
  const items = [...annotations]
    .sort((a, b) => sourceOf(a).i - sourceOf(b).i || a.target.position.start - b.target.position.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => toWebAnnotation(sourceOf(a).article, a, generator));
  const id = `urn:uuid:${options.collectionId}`;
  const { brief } = options;
  const keyJudgments = brief?.keyJudgments.trim() ?? '';
  return {
    '@context': [WEB_ANNOTATION_CONTEXT, BRIEF_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: brief?.title.trim() || (articles.length === 1 && first ? `Annotations on “${first.title}”` : `Annotations on ${articles.length} sources`),
    ...(brief?.marking.trim() ? { marking: brief.marking.trim() } : {}),
    ...(keyJudgments ? { keyJudgments } : {}),
    generator,
    generated: utc(options.exportedAt, 'collection'),
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}
