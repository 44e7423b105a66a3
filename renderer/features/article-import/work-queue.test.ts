import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inBatches } from './work-queue';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inBatches', () => {
  it('answers every item in order, whatever the batch size and the number of workers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer()), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }), async (items, size, workers) => {
        const answers = await inBatches(items, size, workers, async (_, batch) => {
          await Promise.resolve();
          return batch.map((item) => `answer ${item}`);
        });
        expect(answers).toEqual(items.map((item) => `answer ${item}`));
      }),
    );
  });

  it('gives the next batch to whichever worker is free, so a slow batch does not hold the rest back', async () => {
    const taken: number[][] = [[], []];
    // Batch 0 is slow (as a quote that must be searched for fuzzily is); the other worker
    // takes every other batch meanwhile.
    await inBatches([0, 1, 2, 3, 4, 5], 1, 2, async (worker, [item]) => {
      taken[worker]!.push(item!);
      await tick(item === 0 ? 60 : 1);
      return [item];
    });
    expect(taken[0]).toEqual([0]);
    expect(taken[1]).toEqual([1, 2, 3, 4, 5]);
  });

  it('starts no batch after a failure, and rejects with it', async () => {
    const started: number[] = [];
    const run = inBatches([0, 1, 2, 3, 4, 5], 1, 2, async (_, [item]) => {
      started.push(item!);
      await tick(1);
      if (item === 1) throw new Error('worker failed');
      return [item];
    });
    await expect(run).rejects.toThrow('worker failed');
    expect(started).toEqual([0, 1, 2]);
  });

  it('refuses an answer that does not match its batch', async () => {
    await expect(inBatches([1, 2], 2, 1, async () => [1])).rejects.toThrow('answered 1 of 2');
  });
});
