/**
 * Who may call main over IPC: only the app's own top-level page. A frame embedded in it, a page
 * the window was somehow navigated to, or a frame already gone (Electron then reports no
 * sender frame) is refused, so a compromised or foreign document never reaches files or the
 * printer.
 */
import { isSameAppOrigin } from '../protocol/app-origin';

/** What main knows about the frame an IPC message came from. */
export interface SenderFrame {
  /** The frame's current URL. */
  readonly url: string;
  /** Whether it is the top-level frame of its window rather than an iframe. */
  readonly isMainFrame: boolean;
}

/** Whether `frame` is the app's own main frame, served from `appUrl`'s origin. */
export function isTrustedSender(frame: SenderFrame | null, appUrl: string): boolean {
  return frame !== null && frame.isMainFrame && isSameAppOrigin(frame.url, appUrl);
}
