/**
 * The re-anchoring Web Worker: runs `reanchorAnnotations` off the UI thread, so a revision
 * with thousands of annotations leaves the window responsive while its progress bar moves.
 */
import { answerReanchorRequest } from './reanchor-protocol';

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  answerReanchorRequest(event.data, (reply) => self.postMessage(reply));
});
