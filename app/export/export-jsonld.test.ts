import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/canonical-text';
import { toWebAnnotationCollection, WEB_ANNOTATION_CONTEXT } from './export-jsonld';
import type { Annotation, Article } from '../model/model';
import { annotationOn } from '../testing/test-annotation';

const blocks = [
  { type: 'heading' as const, text: 'Guarantees for Ukraine' },
  { type: 'paragraph' as const, text: 'Allies offered a guarantee. There is a risk <script>alert(1)</script>.' },
];
const text = canonicalText(blocks);
const article: Article = { id: 'art', title: 'Guarantees for Ukraine', blocks, textHash: 'ab'.repeat(32), importedAt: '2025-12-18T09:00:00Z' };

function annotation(id: string, exact: string, fields: Partial<Annotation> = {}): Annotation {
  return annotationOn(text, exact, { id, createdAt: '2025-12-18T10:00:00+01:00', updatedAt: '2025-12-18T09:30:00Z', ...fields });
}

const uuid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const annotations = [
  annotation(uuid(2), 'risk <script>', { tag: 'risk', note: 'Hostile <b>note</b>' }),
  annotation(uuid(1), 'a guarantee'),
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const iri = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const dateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The W3C Web Annotation model's MUSTs for what we emit (§3.1, 3.2.4, 4.2.4, 4.2.5, 5). */
function modelErrors(doc: unknown): string[] {
  const errors: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) errors.push(what);
  };
  need(isObject(doc), 'collection is an object');
  if (!isObject(doc)) return errors;
  need(doc['@context'] === WEB_ANNOTATION_CONTEXT, 'collection @context');
  need(typeof doc.id === 'string' && iri.test(doc.id), 'collection id is an IRI');
  need(doc.type === 'AnnotationCollection', 'collection type');
  need(typeof doc.label === 'string', 'collection label');
  need(Number.isInteger(doc.total), 'collection total');
  const page = doc.first;
  need(isObject(page), 'first page embedded');
  if (!isObject(page)) return errors;
  need(typeof page.id === 'string' && iri.test(page.id), 'page id');
  need(page.type === 'AnnotationPage', 'page type');
  need(page.partOf === doc.id, 'page partOf');
  need(Array.isArray(page.items) && page.items.length === doc.total, 'page items match total');
  for (const item of Array.isArray(page.items) ? (page.items as unknown[]) : []) {
    need(isObject(item), 'annotation is an object');
    if (!isObject(item)) continue;
    need(typeof item.id === 'string' && /^urn:uuid:[0-9a-f-]{36}$/.test(item.id), 'annotation id is urn:uuid');
    need(item.type === 'Annotation', 'annotation type');
    need(!('@context' in item), 'embedded annotations leave @context to the collection');
    const bodies = Array.isArray(item.body) ? (item.body as unknown[]) : [];
    need(bodies.length > 0, 'annotation has a body');
    for (const body of bodies) {
      need(isObject(body) && body.type === 'TextualBody' && typeof body.value === 'string', 'TextualBody with a string value');
      need(isObject(body) && (body.purpose === 'tagging' || body.purpose === 'commenting'), 'body purpose is a motivation');
    }
    const target = item.target;
    need(isObject(target) && typeof target.source === 'string' && iri.test(target.source), 'target source is an IRI');
    const selectors = isObject(target) && Array.isArray(target.selector) ? (target.selector as unknown[]) : [];
    const position = selectors.find((s) => isObject(s) && s.type === 'TextPositionSelector');
    const quote = selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector');
    need(isObject(position) && Number.isInteger(position.start) && Number.isInteger(position.end) && (position.start as number) <= (position.end as number), 'TextPositionSelector start ≤ end');
    need(isObject(quote) && typeof quote.exact === 'string' && typeof quote.prefix === 'string' && typeof quote.suffix === 'string', 'TextQuoteSelector strings');
    need(isObject(item.creator) && item.creator.type === 'Person' && typeof item.creator.name === 'string', 'creator is a Person with a name');
    need(typeof item.created === 'string' && dateTime.test(item.created), 'created is a UTC xsd:dateTime');
    need(typeof item.modified === 'string' && dateTime.test(item.modified), 'modified is a UTC xsd:dateTime');
  }
  return errors;
}

describe('toWebAnnotationCollection', () => {
  const collection = toWebAnnotationCollection(article, annotations, uuid(9));

  it('meets the Web Annotation model’s required keys and types, through JSON', () => {
    expect(modelErrors(JSON.parse(JSON.stringify(collection)))).toEqual([]);
  });

  it('lists annotations in text order with tag and note bodies', () => {
    expect(collection.total).toBe(2);
    const [first, second] = collection.first.items;
    expect(first?.id).toBe(`urn:uuid:${uuid(1)}`);
    expect(first?.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'guarantee', format: 'text/plain' }]);
    expect(second?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'risk', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Hostile <b>note</b>', format: 'text/plain' },
    ]);
  });

  it('targets the canonical text by hash with both selectors, converting times to UTC', () => {
    const item = collection.first.items[0];
    const { position, quote } = annotations[1]!.target;
    expect(item?.target).toEqual({ source: `urn:sha256:${article.textHash}`, selector: [position, quote] });
    expect(item?.creator).toEqual({ type: 'Person', name: 'Ana' });
    expect(item?.created).toBe('2025-12-18T09:00:00.000Z');
  });

  it('names the web page as the scope when the article has a source URL', () => {
    const withUrl = toWebAnnotationCollection({ ...article, sourceUrl: 'https://www.dw.com/x' }, annotations, uuid(9));
    expect(withUrl.first.items[0]?.target.scope).toBe('https://www.dw.com/x');
  });

  it('gives an empty collection for no annotations', () => {
    const none = toWebAnnotationCollection(article, [], uuid(9));
    expect(none.total).toBe(0);
    expect(modelErrors(none)).toEqual([]);
  });

  it('refuses annotations of another article', () => {
    expect(() => toWebAnnotationCollection(article, [annotation(uuid(3), 'a guarantee', { articleId: 'other' })], uuid(9))).toThrow(RangeError);
  });
});
