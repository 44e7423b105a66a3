/**
 * The re-anchoring Web Worker: runs `reanchorAnnotations` off the UI thread, so a revision
 * with thousands of annotations leaves the window responsive while its progress bar moves.
 */
import { reanchorAnswerer } from './reanchor-protocol';

const answer = reanchorAnswerer((reply) => self.postMessage(reply));
self.addEventListener('message', (event: MessageEvent<unknown>) => answer(event.data));
