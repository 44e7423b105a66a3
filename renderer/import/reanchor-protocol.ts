/**
 * The messages between the UI and the re-anchoring worker, and the worker's side of the
 * conversation as a plain function (so it is tested without a Worker): one request with the
 * new text and the annotations, progress messages while it runs, then the outcomes or an
 * error.
 */
import { reanchorAnnotations, type Anchorable, type Reanchored } from '../../app/reanchor';

/** What the UI sends: re-anchor these annotations against this canonical text. */
export interface ReanchorRequest {
  readonly type: 'reanchor';
  readonly text: string;
  readonly annotations: readonly Anchorable[];
}

/** What the worker sends back. */
export type ReanchorReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly results: readonly Reanchored[] }
  | { readonly type: 'error'; readonly message: string };

/** How often, in annotations, the worker reports progress: often enough for a moving bar. */
export const PROGRESS_EVERY = 50;

/** Whether a message received by the worker is a well-formed request. */
export function isReanchorRequest(data: unknown): data is ReanchorRequest {
  if (typeof data !== 'object' || data === null) return false;
  const { type, text, annotations } = data as Record<string, unknown>;
  return type === 'reanchor' && typeof text === 'string' && Array.isArray(annotations);
}

/** Answers one message as the worker does, posting progress, then the results or an error. */
export function answerReanchorRequest(data: unknown, post: (reply: ReanchorReply) => void): void {
  if (!isReanchorRequest(data)) {
    post({ type: 'error', message: 'The re-anchoring worker got a request it does not understand.' });
    return;
  }
  try {
    const results = reanchorAnnotations(data.text, data.annotations, {
      progressEvery: PROGRESS_EVERY,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', results });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
