import { afterEach, describe, expect, it, vi } from 'vitest';
import { reanchorAnnotations } from '../../../app/anchoring/reanchor';
import { describeRange } from '../../../app/anchoring/text-selectors';
import { reanchorAnswerer, type ReanchorReply } from './reanchor-protocol';
import { reanchorInWorker, workerCount } from './reanchor-client';

/** A Worker that runs the real worker's answerer in this thread, answering in later tasks. */
class InThreadWorker extends EventTarget {
  static started = 0;
  static batches: number[] = [];
  private readonly answer = reanchorAnswerer((reply: ReanchorReply) => {
    if (reply.type === 'done') InThreadWorker.batches.push(reply.results.length);
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: reply })), 0);
  });
  constructor() {
    super();
    InThreadWorker.started++;
  }
  postMessage(data: unknown): void {
    setTimeout(() => this.answer(structuredClone(data)), 0);
  }
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('workerCount', () => {
  it('gives each core a worker once there are enough annotations to share, up to four', () => {
    expect(workerCount(10, 8)).toBe(1);
    expect(workerCount(1000, 8)).toBe(1);
    expect(workerCount(1001, 8)).toBe(2);
    expect(workerCount(10_000, 2)).toBe(2);
    expect(workerCount(10_000, 16)).toBe(4);
    expect(workerCount(0, 0)).toBe(1);
  });
});

describe('reanchorInWorker', () => {
  it('shares the annotations out in batches among the workers and answers them in order, as one thread would', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    const before = Array.from({ length: 60 }, (_, i) => `Sentence ${i} says something about guarantee number ${i % 7}.`).join(' ');
    const after = before.replace('Sentence 12 says', 'Sentence twelve says').replace('Sentence 40 says something', 'Nothing');
    const words = [...before.matchAll(/\S+ \S+ \S+/g)];
    const annotations = Array.from({ length: 1500 }, (_, i) => {
      const match = words[i % words.length]!;
      return { id: `a${i}`, target: describeRange(before, { start: match.index, end: match.index + match[0].length }) };
    });
    InThreadWorker.started = 0;
    InThreadWorker.batches = [];
    const progress: number[] = [];
    const outcomes = await reanchorInWorker(after, annotations, (done, total) => {
      expect(total).toBe(1500);
      progress.push(done);
    });
    expect(outcomes).toEqual(reanchorAnnotations(after, annotations));
    expect(InThreadWorker.started).toBe(2);
    expect(InThreadWorker.batches.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1500);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('starts no worker for no annotations', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    InThreadWorker.started = 0;
    expect(await reanchorInWorker('Some text.', [], () => undefined)).toEqual([]);
    expect(InThreadWorker.started).toBe(0);
  });
});
