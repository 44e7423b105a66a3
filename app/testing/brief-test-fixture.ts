/**
 * A small article with annotations of every tag, shared by the brief unit tests. Test-only:
 * nothing in the product imports it.
 */
import { canonicalText } from '../model/canonical-text';
import type { Annotation, Article } from '../model/model';
import type { Brief } from '../brief/brief';
import type { Tag } from '../model/tags';
import { annotationOn } from './test-annotation';

/** The fixture article: a title, a subheading and three paragraphs. */
export const FIXTURE_ARTICLE: Article = {
  id: 'article-1',
  title: 'Security guarantees for Ukraine',
  byline: 'A. Writer',
  publisher: 'DW',
  published: '2025-12-18',
  sourceUrl: 'https://example.org/article',
  textHash: '0'.repeat(64),
  importedAt: '2025-12-19T10:00:00Z',
  blocks: [
    { type: 'heading', text: 'Security guarantees for Ukraine' },
    { type: 'paragraph', text: 'Europe offers a reassurance force. The US offers air support.' },
    { type: 'heading', text: 'Doubts' },
    { type: 'paragraph', text: 'Russia rejects any foreign troops. The Budapest Memorandum failed in 2014.' },
  ],
};

/** The fixture brief's id. */
export const FIXTURE_BRIEF_ID = 'brief-1';

/** An annotation of the fixture brief on the first occurrence of `exact` in `article`, made when the article was imported. */
function annotationIn(article: Article, id: string, tag: Tag, exact: string, extra: Partial<Annotation>): Annotation {
  return annotationOn(canonicalText(article.blocks), exact, {
    id,
    tag,
    briefId: FIXTURE_BRIEF_ID,
    articleId: article.id,
    author: 'analyst@example.org',
    createdAt: article.importedAt,
    updatedAt: article.importedAt,
    ...extra,
  });
}

/** An annotation of the fixture article on the first occurrence of `exact`. */
export function fixtureAnnotation(id: string, tag: Tag, exact: string, extra: Partial<Annotation> = {}): Annotation {
  return annotationIn(FIXTURE_ARTICLE, id, tag, exact, extra);
}

/** Two guarantees, a risk and a precedent linked to the first guarantee, and a second risk. */
export const FIXTURE_ANNOTATIONS: readonly Annotation[] = [
  fixtureAnnotation('p1', 'precedent', 'The Budapest Memorandum failed in 2014.', { links: ['g1'], note: 'Paper guarantees failed before.' }),
  fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { speaker: 'Merz', confidence: 'moderate' }),
  fixtureAnnotation('r1', 'risk', 'Russia rejects any foreign troops.', { links: ['g1'], speaker: 'Peskov', confidence: 'high' }),
  fixtureAnnotation('g2', 'guarantee', 'The US offers air support.'),
  fixtureAnnotation('r2', 'risk', 'foreign troops. The Budapest', { links: ['g2', 'missing'] }),
];

/** The fixture brief. */
export const FIXTURE_BRIEF: Brief = {
  id: FIXTURE_BRIEF_ID,
  sources: [FIXTURE_ARTICLE.id],
  title: 'What Ukraine may be granted',
  keyJudgments: 'Guarantees are political, not legal.\n\n- Europe leads\n- The US backs',
  marking: 'UNCLASSIFIED',
  author: 'analyst@example.org',
};

/** A second source for the fixture brief: the analyst's interview notes, a title and two paragraphs. */
export const FIXTURE_NOTES: Article = {
  id: 'notes-1',
  title: 'Interview notes',
  publisher: 'Own reporting',
  published: '2025-12-19',
  textHash: '1'.repeat(64),
  importedAt: '2025-12-19T11:00:00Z',
  blocks: [
    { type: 'heading', text: 'Interview notes' },
    { type: 'paragraph', text: 'No country has pledged troops yet.' },
    { type: 'paragraph', text: 'The 2015 observer mission could not stop violations.' },
  ],
};

/** An annotation of the interview notes on the first occurrence of `exact`. */
export function notesAnnotation(id: string, tag: Tag, exact: string, extra: Partial<Annotation> = {}): Annotation {
  return annotationIn(FIXTURE_NOTES, id, tag, exact, extra);
}

/** The notes' annotations: a risk on the fixture's guarantee g1 and a precedent on g2, across the sources. */
export const NOTES_ANNOTATIONS: readonly Annotation[] = [
  notesAnnotation('n-r1', 'risk', 'No country has pledged troops yet.', { links: ['g1'] }),
  notesAnnotation('n-p1', 'precedent', 'The 2015 observer mission could not stop violations.', { links: ['g2'] }),
];
