/**
 * The one web permission the app grants: persistent storage for its own pages, so Chromium never
 * evicts the IndexedDB database under disk pressure. Everything else (camera, notifications,
 * clipboard reads, …) stays refused, and no other origin gets even this.
 */
import { isSameAppOrigin } from '../protocol/app-origin';

/** Permissions the app's own pages are granted. */
export const GRANTED_PERMISSIONS: readonly string[] = ['persistent-storage'];

/** Whether `permission`, asked for by a page at `requestingUrl`, is granted (app at `appUrl`). */
export function grantsPermission(permission: string, requestingUrl: string, appUrl: string): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isSameAppOrigin(requestingUrl, appUrl);
}
