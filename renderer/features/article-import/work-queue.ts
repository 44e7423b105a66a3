/**
 * Sharing a list out among several workers as they become free: the list is cut into
 * batches in order, each worker takes the next batch once it has answered its last, and the
 * answers come back in the order of the items. Dealing the list out in advance (round-robin)
 * left one of two workers with twice the other's work on the 10k bench revision: the few
 * annotations whose quote is gone each cost a fuzzy search of the whole text, and thirteen of
 * the nineteen fell to one hand (measured in bench/).
 */

/**
 * Runs `run` on consecutive batches of at most `batchSize` items, with at most `workers`
 * batches in flight (worker `w` runs one batch at a time), and resolves with the answers in
 * the order of `items`. `run` must answer each item of its batch, in order. On the first
 * failure no further batch is started and the promise rejects with it.
 */
export async function inBatches<T, R>(
  items: readonly T[],
  batchSize: number,
  workers: number,
  run: (worker: number, batch: readonly T[]) => Promise<readonly R[]>,
): Promise<R[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
  const answers = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const work = async (worker: number) => {
    while (!failed && next < items.length) {
      const from = next;
      const to = Math.min(items.length, from + batchSize);
      next = to;
      try {
        const batch = await run(worker, items.slice(from, to));
        if (batch.length !== to - from) throw new Error(`A worker answered ${batch.length} of ${to - from} items.`);
        batch.forEach((answer, i) => (answers[from + i] = answer));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const count = Math.max(1, Math.min(workers, Math.ceil(items.length / batchSize)));
  await Promise.all(Array.from({ length: count }, (_, worker) => work(worker)));
  return answers;
}
