import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/model';
import { reanchorAnnotations } from '../anchoring/reanchor';
import { planRevision } from './revision-plan';
import { describeRange } from '../anchoring/text-selectors';

const oldText = [
  'Leaders met in Berlin on Monday to discuss what comes after a ceasefire in the war.',
  'The guarantees would be modelled on Article 5 of the NATO treaty, officials said on Monday.',
  'A paragraph about the weather in the capital that the editors later removed entirely.',
].join('\n\n');

const newText = [
  'Leaders met in Berlin on Monday to discuss what comes after a ceasefire in the war.',
  'The guarantees would be modelled on Article 5 of NATO, officials said on Monday.',
].join('\n\n');

function annotation(id: string, quote: string, links: string[] = []): Annotation {
  const start = oldText.indexOf(quote);
  return {
    id,
    briefId: 'brief', articleId: 'old',
    tag: 'guarantee',
    target: describeRange(oldText, { start, end: start + quote.length }),
    note: `note ${id}`,
    speaker: 'Official',
    links,
    author: 'Ada',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('planRevision', () => {
  const old = [
    annotation('kept', 'what comes after a ceasefire'),
    annotation('edited', 'modelled on Article 5 of the NATO treaty', ['kept']),
    annotation('deleted', 'the editors later removed entirely', ['edited']),
  ];
  let counter = 0;
  const plan = planRevision(old, reanchorAnnotations(newText, old), 'new', 'now', () => `id-${++counter}`);

  it('moves anchored annotations to the new article with fresh ids, keeping note, author and links', () => {
    const kept = plan.annotations.find((a) => a.note === 'note kept');
    expect(kept).toMatchObject({ id: 'id-1', articleId: 'new', author: 'Ada', speaker: 'Official', updatedAt: 'now' });
    expect(kept?.target.quote.exact).toBe('what comes after a ceasefire');
  });

  it('queues the edited passage for review, with its links following the copies', () => {
    expect(plan.queue).toHaveLength(1);
    const [review] = plan.queue;
    expect(review).toMatchObject({ id: 'id-2', articleId: 'new', oldQuote: 'modelled on Article 5 of the NATO treaty' });
    expect(review?.newText).toBe('modelled on Article 5 of NATO');
    expect(review?.annotation.links).toEqual(['id-1']);
    // Until the analyst decides, the annotation keeps the target it had.
    expect(review?.annotation.target).toEqual(old[1]?.target);
  });

  it('keeps the deleted passage as an orphan of the new article', () => {
    const orphan = plan.annotations.find((a) => a.note === 'note deleted');
    expect(orphan).toMatchObject({ id: 'id-3', articleId: 'new', links: ['id-2'], target: old[2]?.target });
    expect(plan.counts).toEqual({ anchored: 1, review: 1, orphaned: 1 });
  });

  it('refuses to drop an annotation that has no outcome', () => {
    expect(() => planRevision(old, [], 'new', 'now', () => 'x')).toThrow(RangeError);
  });
});
