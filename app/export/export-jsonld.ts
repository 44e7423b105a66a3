/**
 * Export as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), the format
 * other annotation tools read: one `AnnotationCollection` holding every annotation of an
 * article on a single embedded page. Fields of ours the model has no term for (speaker,
 * confidence, links, verdicts) are left out rather than invented.
 */
import type { Annotation, Article } from '../model/model';

/** The Web Annotation JSON-LD context. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A plain-text body: the tag (purpose `tagging`) or the note (purpose `commenting`). */
export interface WebAnnotationTextualBody {
  readonly type: 'TextualBody';
  readonly purpose: 'tagging' | 'commenting';
  readonly value: string;
  readonly format: 'text/plain';
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
  /** `urn:uuid:<id>`. */
  readonly id: string;
  readonly type: 'Annotation';
  readonly body: readonly WebAnnotationTextualBody[];
  readonly target: WebAnnotationTarget;
  readonly creator: { readonly type: 'Person'; readonly name: string };
  /** UTC, ISO 8601 with `Z`, as the model recommends. */
  readonly created: string;
  readonly modified: string;
}

/** A collection of annotations with its only page embedded. */
export interface WebAnnotationCollection {
  readonly '@context': typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly partOf: string;
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

/** An ISO 8601 time in UTC with `Z`; a RangeError names the annotation when it is unreadable. */
function utc(iso: string, annotationId: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`Annotation ${annotationId} has an unreadable time: "${iso}"`);
  return new Date(time).toISOString();
}

/** One annotation of `article` in the Web Annotation model. */
function toWebAnnotation(article: Article, annotation: Annotation): WebAnnotation {
  const { position, quote } = annotation.target;
  const body: WebAnnotationTextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.tag, format: 'text/plain' }];
  if (annotation.note.trim() !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  return {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
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
    creator: { type: 'Person', name: annotation.author },
    created: utc(annotation.createdAt, annotation.id),
    modified: utc(annotation.updatedAt, annotation.id),
  };
}

/**
 * The annotations of `article` as a Web Annotation collection, in text order (then by id),
 * for `JSON.stringify`. `collectionId` is a UUID naming this export (`urn:uuid:` is added).
 * Throws a RangeError for an annotation of another article or with an unreadable time.
 */
export function toWebAnnotationCollection(article: Article, annotations: readonly Annotation[], collectionId: string): WebAnnotationCollection {
  const stranger = annotations.find((a) => a.articleId !== article.id);
  if (stranger) throw new RangeError(`Annotation ${stranger.id} belongs to article ${stranger.articleId}, not ${article.id}`);
  const items = [...annotations]
    .sort((a, b) => a.target.position.start - b.target.position.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => toWebAnnotation(article, a));
  const id = `urn:uuid:${collectionId}`;
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Annotations on “${article.title}”`,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}
