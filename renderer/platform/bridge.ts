/**
 * The one way the renderer reaches the platform: the preload's `window.briefingDesk` in the
 * desktop app, else the browser bridge.
 */
import type { BriefingDeskBridge } from '../../app/platform/ipc-contract';
import { createBrowserBridge } from './browser-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly briefingDesk?: BriefingDeskBridge;
  }
}

/** The platform bridge for this window. */
export function platformBridge(): BriefingDeskBridge {
  return window.briefingDesk ?? createBrowserBridge();
}
