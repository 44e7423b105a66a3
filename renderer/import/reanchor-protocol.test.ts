import { describe, expect, it } from 'vitest';
import { describeRange } from '../../app/text-selectors';
import { answerReanchorRequest, PROGRESS_EVERY, type ReanchorReply } from './reanchor-protocol';

function replies(data: unknown): ReanchorReply[] {
  const posted: ReanchorReply[] = [];
  answerReanchorRequest(data, (reply) => posted.push(reply));
  return posted;
}

describe('answerReanchorRequest', () => {
  const text = 'One two three four five six seven.';
  const annotations = Array.from({ length: PROGRESS_EVERY * 2 + 1 }, (_, i) => ({ id: `a${i}`, target: describeRange(text, { start: 4, end: 13 }) }));

  it('reports progress, then every outcome in order', () => {
    const posted = replies({ type: 'reanchor', text, annotations });
    expect(posted.filter((r) => r.type === 'progress')).toEqual([
      { type: 'progress', done: PROGRESS_EVERY, total: annotations.length },
      { type: 'progress', done: PROGRESS_EVERY * 2, total: annotations.length },
      { type: 'progress', done: annotations.length, total: annotations.length },
    ]);
    const last = posted.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type === 'done') expect(last.results.map((r) => [r.id, r.status])).toEqual(annotations.map((a) => [a.id, 'anchored']));
  });

  it('answers a malformed request with an error, not a throw', () => {
    expect(replies({ type: 'other' })).toEqual([{ type: 'error', message: expect.stringContaining('does not understand') }]);
    expect(replies(null)).toHaveLength(1);
  });

  it('passes a failure of the re-anchoring on as an error message', () => {
    const posted = replies({ type: 'reanchor', text, annotations: [{ id: 'x' }] });
    expect(posted).toEqual([{ type: 'error', message: expect.any(String) }]);
  });
});
