/**
 * The messages between the UI and a re-anchoring worker, and the worker's side of the
 * conversation as a plain function (so it is tested without a Worker): the new text once,
 * then batches of annotations, each answered with progress messages while it runs and then
 * its outcomes or an error.
 */
import { Reanchorer, type Anchorable, type Reanchored } from '../../../app/anchoring/reanchor';
import { errorMessage } from '../../../app/model/error-message';

/**
 * What the UI sends: the new canonical text (with the text the annotations were made on, when
 * known), then batches to re-anchor against it.
 */
export type ReanchorRequest =
  | { readonly type: 'text'; readonly text: string; readonly previous?: string }
  | { readonly type: 'reanchor'; readonly annotations: readonly Anchorable[] };

/** What the worker sends back for a batch. */
export type ReanchorReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly results: readonly Reanchored[] }
  | { readonly type: 'error'; readonly message: string };

/** How often, in annotations, the worker reports progress: often enough for a moving bar. */
export const PROGRESS_EVERY = 50;

/** Whether a message received by the worker is a well-formed request. */
export function isReanchorRequest(data: unknown): data is ReanchorRequest {
  if (typeof data !== 'object' || data === null) return false;
  const { type, text, previous, annotations } = data as Record<string, unknown>;
  return (type === 'text' && typeof text === 'string' && (previous === undefined || typeof previous === 'string')) || (type === 'reanchor' && Array.isArray(annotations));
}

/**
 * The worker's side: a function to call with each message received, posting the replies.
 * The text is indexed when it arrives, once for all the batches that follow.
 */
export function reanchorAnswerer(post: (reply: ReanchorReply) => void): (data: unknown) => void {
  let reanchorer: Reanchorer | null = null;
  return (data) => {
    if (!isReanchorRequest(data)) {
      post({ type: 'error', message: 'The re-anchoring worker got a request it does not understand.' });
      return;
    }
    try {
      if (data.type === 'text') {
        reanchorer = new Reanchorer(data.text, data.previous);
        return;
      }
      if (!reanchorer) throw new Error('The re-anchoring worker was given annotations before the text.');
      const results = reanchorer.reanchor(data.annotations, {
        progressEvery: PROGRESS_EVERY,
        onProgress: (done, total) => post({ type: 'progress', done, total }),
      });
      post({ type: 'done', results });
    } catch (e) {
      post({ type: 'error', message: errorMessage(e) });
    }
  };
}
