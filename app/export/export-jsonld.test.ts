import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/canonical-text';
import { annotationIri, toWebAnnotationCollection, WEB_ANNOTATION_CONTEXT, type JsonLdExportOptions } from './export-jsonld';
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
  annotation(uuid(2), 'risk <script>', {
    tag: 'risk',
    note: 'Hostile <b>note</b>',
    speaker: 'Peskov',
    confidence: 'high',
    links: [uuid(1)],
    verdict: { status: 'disputed', comment: 'Too strong', reviewer: 'Rea', at: '2025-12-19T08:00:00Z' },
  }),
  annotation(uuid(1), 'a guarantee'),
];
const options: JsonLdExportOptions = {
  collectionId: uuid(9),
  generator: { name: 'Briefing Desk', version: '0.1.0' },
  brief: { id: 'brief', sources: ['art'], title: 'What Ukraine may be granted', keyJudgments: 'Guarantees are likely.', marking: 'UNCLASSIFIED', author: 'Ana' },
  exportedAt: '2025-12-20T09:00:00Z',
};

// The W3C Web Annotation test suite's MUST assertions (vendored in app/testing/web-annotation-tests),
// run as its runner runs them: each passes when its schema gives the result it expects.
const SUITE = new URL('../testing/web-annotation-tests/', import.meta.url);
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, SUITE), 'utf8'));
const ajv = new Ajv({ allErrors: false, strict: false });
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
for (const file of readdirSync(new URL('definitions/', SUITE))) ajv.addSchema(readJson(`definitions/${file}`));
const musts = (readJson('annotations/annotationMusts.test').assertions as string[]).map((path) => {
  const schema = readJson(path);
  return { path, expected: schema.expectedResult === 'invalid' ? false : true, validate: ajv.compile(schema) };
});

/** The MUST assertions `annotation` fails, served alone (with the context its collection gives it). */
function failedMusts(annotation: unknown): string[] {
  const alone = { '@context': WEB_ANNOTATION_CONTEXT, ...(annotation as object) };
  return musts.filter(({ validate, expected }) => validate(alone) !== expected).map(({ path }) => path);
}

describe('toWebAnnotationCollection', () => {
  const collection = toWebAnnotationCollection([article], annotations, options);
  const [first, second] = collection.first.items;

  it(`passes every one of the W3C test suite's ${musts.length} MUST assertions, for every annotation, through JSON`, () => {
    expect(musts.length).toBeGreaterThan(40);
    for (const item of JSON.parse(JSON.stringify(collection)).first.items) expect(failedMusts(item)).toEqual([]);
    // The suite's checks do fail what is not an annotation.
    expect(failedMusts({ type: 'Annotation', body: [], target: 'not a uri' }).length).toBeGreaterThan(0);
  });

  it('carries the tag, note, speaker, confidence, links and verdict, each body with its creator', () => {
    expect(first?.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'guarantee', format: 'text/plain', creator: first?.creator, created: '2025-12-18T09:00:00.000Z' }]);
    const ana = { id: 'urn:briefing-desk:person:Ana', type: 'Person', name: 'Ana' };
    expect(second?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'risk', format: 'text/plain', creator: ana, created: '2025-12-18T09:00:00.000Z' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Hostile <b>note</b>', format: 'text/plain', creator: ana, created: '2025-12-18T09:00:00.000Z', modified: '2025-12-18T09:30:00.000Z' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Peskov', format: 'text/plain', creator: ana },
      { type: 'TextualBody', purpose: 'classifying', value: 'confidence: high', format: 'text/plain', creator: ana },
      { type: 'SpecificResource', purpose: 'linking', source: `urn:uuid:${uuid(1)}` },
      { type: 'TextualBody', purpose: 'assessing', value: 'Disputed: Too strong', format: 'text/plain', creator: { id: 'urn:briefing-desk:person:Rea', type: 'Person', name: 'Rea' }, created: '2025-12-19T08:00:00.000Z' },
    ]);
    expect(second).toMatchObject({ motivation: 'highlighting', generator: { type: 'Software', name: 'Briefing Desk 0.1.0' } });
  });

  it('names the collection after the brief, with its marking and key judgments', () => {
    expect(collection).toMatchObject({ label: 'What Ukraine may be granted', marking: 'UNCLASSIFIED', keyJudgments: 'Guarantees are likely.', generated: '2025-12-20T09:00:00.000Z' });
    expect(collection['@context'][0]).toBe(WEB_ANNOTATION_CONTEXT);
  });

  it('gives an id that is no UUID a stable IRI, never a urn:uuid', () => {
    expect(annotationIri('imported note 1')).toBe('urn:briefing-desk:annotation:imported%20note%201');
    expect(annotationIri(uuid(1).toUpperCase())).toBe(`urn:uuid:${uuid(1)}`);
    const odd = toWebAnnotationCollection([article], [annotation('imported note 1', 'a guarantee')], options).first.items[0];
    expect(odd?.id).toBe('urn:briefing-desk:annotation:imported%20note%201');
    expect(failedMusts(JSON.parse(JSON.stringify(odd)))).toEqual([]);
  });

  it('targets the canonical text by hash with both selectors, converting times to UTC, in text order', () => {
    const { position, quote } = annotations[1]!.target;
    expect(first?.id).toBe(`urn:uuid:${uuid(1)}`);
    expect(first?.target).toEqual({ source: `urn:sha256:${article.textHash}`, selector: [position, quote] });
    expect(first?.created).toBe('2025-12-18T09:00:00.000Z');
  });

  it('names the web page as the scope when the article has a source URL', () => {
    const withUrl = toWebAnnotationCollection([{ ...article, sourceUrl: 'https://www.dw.com/x' }], annotations, options);
    expect(withUrl.first.items[0]?.target.scope).toBe('https://www.dw.com/x');
  });

  it('gives an empty collection for no annotations, labelled by the article without a brief', () => {
    const none = toWebAnnotationCollection([article], [], { ...options, brief: undefined });
    expect(none).toMatchObject({ total: 0, label: 'Annotations on “Guarantees for Ukraine”' });
    expect('keyJudgments' in none).toBe(false);
  });

  it('refuses annotations of another article', () => {
    expect(() => toWebAnnotationCollection([article], [annotation(uuid(3), 'a guarantee', { articleId: 'other' })], options)).toThrow(RangeError);
  });
});

describe('toWebAnnotationCollection of a brief of several sources', () => {
  const notesBlocks = [{ type: 'heading' as const, text: 'Notes' }, { type: 'paragraph' as const, text: 'No troops pledged yet.' }];
  const notes: Article = { id: 'notes', title: 'Notes', blocks: notesBlocks, textHash: 'cd'.repeat(32), importedAt: '2025-12-18T09:00:00Z', sourceUrl: 'https://example.org/notes' };
  const onNotes = annotationOn(canonicalText(notesBlocks), 'No troops', { id: uuid(3), articleId: 'notes', tag: 'risk', links: [uuid(1)], createdAt: '2025-12-18T10:00:00Z', updatedAt: '2025-12-18T10:00:00Z' });
  const collection = toWebAnnotationCollection([article, notes], [onNotes, ...annotations], { ...options, brief: undefined });

  it('holds every source’s annotations in one collection, source by source, each target naming its own text and page', () => {
    expect(collection.label).toBe('Annotations on 2 sources');
    expect(collection.total).toBe(3);
    const targets = collection.first.items.map((item) => [item.id, item.target.source, item.target.scope]);
    expect(targets).toEqual([
      [`urn:uuid:${uuid(1)}`, `urn:sha256:${'ab'.repeat(32)}`, undefined],
      [`urn:uuid:${uuid(2)}`, `urn:sha256:${'ab'.repeat(32)}`, undefined],
      [`urn:uuid:${uuid(3)}`, `urn:sha256:${'cd'.repeat(32)}`, 'https://example.org/notes'],
    ]);
    // The link across sources points at the annotation in the other source.
    expect(collection.first.items[2]?.body).toContainEqual({ type: 'SpecificResource', purpose: 'linking', source: `urn:uuid:${uuid(1)}` });
    for (const item of collection.first.items) expect(failedMusts(JSON.parse(JSON.stringify(item)))).toEqual([]);
  });

  it('refuses an annotation on an article that is not among the sources', () => {
    expect(() => toWebAnnotationCollection([notes], annotations, options)).toThrow(/not among the sources given/);
  });
});

