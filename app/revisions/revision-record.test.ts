import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleBlock } from '../model/model';
import { canonicalText } from '../model/canonical-text';
import { reanchorAnnotations } from '../anchoring/reanchor';
import { describeRange } from '../anchoring/text-selectors';
import { planRevision } from './revision-plan';
import { outcomeCounts, recordRevision } from './revision-record';

const p = (text: string): ArticleBlock => ({ type: 'paragraph', text });
const before = [
  { type: 'heading', text: 'Guarantees for Ukraine' } as ArticleBlock,
  p('Leaders met in Berlin on Monday to discuss what comes after a ceasefire in the war.'),
  p('The gurantees would be akin to Article 5 of the NATO treaty, officials said on Monday.'),
  p('Kyiv was asked to drop its bid to join NATO, a demand its president has long refused.'),
  p('A paragraph about the weather in the capital that the editors later removed entirely.'),
  p('Zelensky said the offer of guarantees was a real step forward.'),
];
const after = [
  before[0] as ArticleBlock,
  p('Update: the talks resumed on Tuesday with a new draft from the European side of the table.'),
  before[1] as ArticleBlock,
  p('The guarantees would be similar to Article 5 of the NATO treaty, officials said on Monday.'),
  before[3] as ArticleBlock,
  p('Leaders also noted that the president has long refused a demand, made in earlier rounds, to give up on membership.'),
  p('Asked about the sanctions and the frozen assets, the ministers gave no date. Zelensky said the offer of guarantees was a real step forward. Moscow has not answered the proposal, and its envoy left the talks early.'),
];

function annotation(id: string, quote: string): Annotation {
  const text = canonicalText(before);
  const start = text.indexOf(quote);
  return { id, briefId: 'brief', articleId: 'v1', tag: 'risk', target: describeRange(text, { start, end: start + quote.length }), note: '', links: [], author: 'Ada', createdAt: 'then', updatedAt: 'then' };
}

describe('recordRevision', () => {
  const old = [
    annotation('kept', 'what comes after a ceasefire'),
    annotation('changed', 'The gurantees would be akin to Article 5 of the NATO treaty, officials said'),
    annotation('bid', 'drop its bid to join NATO'),
    annotation('gone', 'the editors later removed entirely'),
    annotation('elsewhere', 'the offer of guarantees was a real step forward'),
  ];
  const next = { id: 'v2', blocks: after };
  let n = 0;
  const plan = planRevision(old, reanchorAnnotations(canonicalText(after), old, { previous: canonicalText(before) }), 'v2', 'now', () => `new-${++n}`);
  const record = recordRevision({ id: 'v1', blocks: before }, next, plan.outcomes);

  it('links the revision to the one it replaced and counts the paragraphs changed', () => {
    expect(record).toMatchObject({ articleId: 'v2', previousId: 'v1' });
    expect(record.changes).toEqual({ added: 3, removed: 2, edited: 1 });
  });

  it('tells kept, changed words, moved into another paragraph and orphaned apart; an update paragraph above moves nothing', () => {
    const fates = Object.fromEntries(record.outcomes?.map((o) => [o.before, o.fate]) ?? []);
    expect(fates).toEqual({
      'what comes after a ceasefire': 'kept',
      'The gurantees would be akin to Article 5 of the NATO treaty, officials said': 'text-changed',
      'drop its bid to join NATO': 'kept',
      'the editors later removed entirely': 'orphaned',
      'the offer of guarantees was a real step forward': 'moved',
    });
    expect(outcomeCounts(record.outcomes ?? [])).toEqual({ placed: 4, review: 0, orphaned: 1 });
    expect(record.outcomes?.find((o) => o.fate === 'text-changed')?.after).toBe('The guarantees would be similar to Article 5 of the NATO treaty, officials said');
  });

  it('gives the annotation on changed words its earlier wording', () => {
    expect(plan.annotations.find((a) => a.target.quote.exact.includes('similar'))?.textChange).toEqual({ before: 'The gurantees would be akin to Article 5 of the NATO treaty, officials said' });
  });
});
