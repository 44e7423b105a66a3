/**
 * The UI's side of re-anchoring: one worker per core (at most four, none with fewer than a
 * thousand annotations), each sent the new text once and then batches of the annotations as
 * it finishes the last (see work-queue.ts). Annotations re-anchor independently of each
 * other, so the outcomes are the same as one worker's; on a two-core machine the 10k bench
 * revision takes about half as long.
 */
import type { Anchorable, Reanchored } from '../../../app/anchoring/reanchor';
import type { ReanchorReply, ReanchorRequest } from './reanchor-protocol';
import { inBatches } from './work-queue';

/** How many workers share `annotations` annotations on a machine with `cores` cores. */
export function workerCount(annotations: number, cores: number): number {
  return Math.max(1, Math.min(cores, 4, Math.ceil(annotations / 1000)));
}

/**
 * Annotations per batch: small enough that the few costly ones (a fuzzy search of the whole
 * text each) even out among the workers, large enough that messages cost little beside them.
 */
const BATCH_SIZE = 200;

/** One worker holding the new text, re-anchoring one batch at a time. */
class ReanchorWorker {
  private readonly worker = new Worker(new URL('./reanchor.worker.ts', import.meta.url), { type: 'module' });
  private pending: { resolve: (results: readonly Reanchored[]) => void; reject: (error: Error) => void; progress: (done: number) => void } | null = null;
  private failure: Error | null = null;

  constructor(text: string, previous: string | undefined) {
    this.worker.addEventListener('message', (event: MessageEvent<ReanchorReply>) => {
      const reply = event.data;
      const pending = this.pending;
      if (!pending) return;
      if (reply.type === 'progress') {
        pending.progress(reply.done);
        return;
      }
      this.pending = null;
      if (reply.type === 'done') pending.resolve(reply.results);
      else pending.reject(new Error(reply.message));
    });
    this.worker.addEventListener('error', (event) => {
      this.failure = new Error(`The re-anchoring worker failed: ${event.message || 'it could not start'}.`);
      this.pending?.reject(this.failure);
      this.pending = null;
    });
    this.post(previous === undefined ? { type: 'text', text } : { type: 'text', text, previous });
  }

  /** Re-anchors `annotations`, calling `progress` with how many of them are done. */
  reanchor(annotations: readonly Anchorable[], progress: (done: number) => void): Promise<readonly Reanchored[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject, progress };
      this.post({ type: 'reanchor', annotations: annotations.map(({ id, target }) => ({ id, target })) });
    });
  }

  terminate(): void {
    this.worker.terminate();
  }

  private post(request: ReanchorRequest): void {
    this.worker.postMessage(request);
  }
}

/**
 * Re-anchors `annotations` against `text` in Web Workers, calling `onProgress(done, total)` as
 * they go; resolves with one outcome per annotation, in order. `previous`, the text the
 * annotations were made on, lets a short quote whose words around it changed be found in its
 * own paragraph (see `Reanchorer`). If one worker fails, no more
 * batches are started, the workers are stopped and the promise rejects with its error.
 */
export async function reanchorInWorker(
  text: string,
  annotations: readonly Anchorable[],
  onProgress: (done: number, total: number) => void,
  previous?: string,
): Promise<readonly Reanchored[]> {
  if (annotations.length === 0) return [];
  const workers = Array.from({ length: workerCount(annotations.length, navigator.hardwareConcurrency || 1) }, () => new ReanchorWorker(text, previous));
  // Annotations in finished batches, and how far each worker is in its current one.
  let finished = 0;
  const current = workers.map(() => 0);
  const report = () => onProgress(finished + current.reduce((sum, n) => sum + n, 0), annotations.length);
  try {
    return await inBatches(annotations, BATCH_SIZE, workers.length, async (w, batch) => {
      const results = await workers[w]!.reanchor(batch, (done) => {
        current[w] = done;
        report();
      });
      current[w] = 0;
      finished += batch.length;
      return results;
    });
  } finally {
    for (const worker of workers) worker.terminate();
  }
}
