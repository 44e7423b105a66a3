import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../app/anchoring/text-selectors';
import { PROGRESS_EVERY, reanchorAnswerer, type ReanchorReply } from './reanchor-protocol';

/** The replies of a fresh worker to `messages`, in order. */
function replies(...messages: unknown[]): ReanchorReply[] {
  const posted: ReanchorReply[] = [];
  const answer = reanchorAnswerer((reply) => posted.push(reply));
  for (const message of messages) answer(message);
  return posted;
}

describe('reanchorAnswerer', () => {
  const text = 'One two three four five six seven.';
  const annotations = Array.from({ length: PROGRESS_EVERY * 2 + 1 }, (_, i) => ({ id: `a${i}`, target: describeRange(text, { start: 4, end: 13 }) }));

  it('reports progress, then every outcome in order', () => {
    const posted = replies({ type: 'text', text }, { type: 'reanchor', annotations });
    expect(posted.filter((r) => r.type === 'progress')).toEqual([
      { type: 'progress', done: PROGRESS_EVERY, total: annotations.length },
      { type: 'progress', done: PROGRESS_EVERY * 2, total: annotations.length },
      { type: 'progress', done: annotations.length, total: annotations.length },
    ]);
    const last = posted.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type === 'done') expect(last.results.map((r) => [r.id, r.status])).toEqual(annotations.map((a) => [a.id, 'anchored']));
  });

  it('answers each batch against the text it was sent once', () => {
    const posted = replies({ type: 'text', text }, { type: 'reanchor', annotations: annotations.slice(0, 2) }, { type: 'reanchor', annotations: annotations.slice(2, 3) });
    const done = posted.filter((r) => r.type === 'done');
    expect(done.map((r) => r.results.map((o) => o.id))).toEqual([['a0', 'a1'], ['a2']]);
  });

  it('reads a short quote in its own paragraph when sent the text the annotations were made on', () => {
    const before = 'Title\n\nThe talks could turn into another Budapest Memorandum or worse, he said on Monday.';
    const after = 'Title\n\nThe talks might become a second Budapest Memorandum, or worse, he said on Monday.';
    const at = before.indexOf('Budapest Memorandum');
    const short = [{ id: 's', target: describeRange(before, { start: at, end: at + 'Budapest Memorandum'.length }) }];
    const statusWith = (text: unknown) => {
      const done = replies(text, { type: 'reanchor', annotations: short }).at(-1);
      return done?.type === 'done' ? done.results[0]?.status : done?.type;
    };
    expect(statusWith({ type: 'text', text: after, previous: before })).toBe('anchored');
    expect(statusWith({ type: 'text', text: after })).toBe('needs-review');
    expect(statusWith({ type: 'text', text: after, previous: 42 })).toBe('error');
  });

  it('refuses annotations sent before the text', () => {
    expect(replies({ type: 'reanchor', annotations })).toEqual([{ type: 'error', message: expect.stringContaining('before the text') }]);
  });

  it('answers a malformed request with an error, not a throw', () => {
    expect(replies({ type: 'other' })).toEqual([{ type: 'error', message: expect.stringContaining('does not understand') }]);
    expect(replies(null)).toHaveLength(1);
  });

  it('passes a failure of the re-anchoring on as an error message', () => {
    const posted = replies({ type: 'text', text }, { type: 'reanchor', annotations: [{ id: 'x' }] });
    expect(posted).toEqual([{ type: 'error', message: expect.any(String) }]);
  });
});
