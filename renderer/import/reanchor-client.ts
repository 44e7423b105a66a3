/**
 * The UI's side of re-anchoring: the annotations of a revision shared out among one worker per
 * core (at most four, none with fewer than a thousand annotations), each ended when it answers.
 * Annotations re-anchor independently of each other, so the outcomes are the same as one
 * worker's; on a two-core machine the 10k bench revision takes about half as long.
 */
import type { Anchorable, Reanchored } from '../../app/reanchor';
import type { ReanchorReply, ReanchorRequest } from './reanchor-protocol';
import { gatherInOrder, shareOut } from './share-out';

/** How many workers share `annotations` annotations on a machine with `cores` cores. */
export function workerCount(annotations: number, cores: number): number {
  return Math.max(1, Math.min(cores, 4, Math.ceil(annotations / 1000)));
}

/** Runs one worker on `annotations`, reporting how many it has done; resolves with its outcomes. */
function runWorker(text: string, annotations: readonly Anchorable[], workers: Worker[], onDone: (done: number) => void): Promise<readonly Reanchored[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reanchor.worker.ts', import.meta.url), { type: 'module' });
    workers.push(worker);
    worker.addEventListener('message', (event: MessageEvent<ReanchorReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onDone(reply.done);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') resolve(reply.results);
      else reject(new Error(reply.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`The re-anchoring worker failed: ${event.message || 'it could not start'}.`));
    });
    const request: ReanchorRequest = { type: 'reanchor', text, annotations: annotations.map(({ id, target }) => ({ id, target })) };
    worker.postMessage(request);
  });
}

/**
 * Re-anchors `annotations` against `text` in Web Workers, calling `onProgress(done, total)` as
 * they go; resolves with one outcome per annotation, in order. If one worker fails, the others
 * are stopped and the promise rejects with its error.
 */
export async function reanchorInWorker(
  text: string,
  annotations: readonly Anchorable[],
  onProgress: (done: number, total: number) => void,
): Promise<readonly Reanchored[]> {
  const hands = shareOut(annotations, workerCount(annotations.length, navigator.hardwareConcurrency || 1));
  const done = hands.map(() => 0);
  const workers: Worker[] = [];
  try {
    const answers = await Promise.all(
      hands.map((hand, h) =>
        runWorker(text, hand, workers, (count) => {
          done[h] = count;
          onProgress(
            done.reduce((sum, n) => sum + n, 0),
            annotations.length,
          );
        }),
      ),
    );
    return gatherInOrder(answers);
  } catch (error) {
    for (const worker of workers) worker.terminate();
    throw error;
  }
}
