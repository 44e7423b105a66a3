/**
 * The UI's side of the re-anchoring worker: one worker per revision, ended when it answers.
 */
import type { Anchorable, Reanchored } from '../../app/reanchor';
import type { ReanchorReply, ReanchorRequest } from './reanchor-protocol';

/**
 * Re-anchors `annotations` against `text` in a Web Worker, calling `onProgress(done, total)`
 * as it goes; resolves with one outcome per annotation, in order.
 */
export function reanchorInWorker(
  text: string,
  annotations: readonly Anchorable[],
  onProgress: (done: number, total: number) => void,
): Promise<readonly Reanchored[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reanchor.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ReanchorReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.done, reply.total);
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
