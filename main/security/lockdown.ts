/**
 * The Electron settings that keep pages inside the app: no navigation away, no new windows,
 * no `<webview>`, no permission (camera, notifications, clipboard reads, …) ever granted.
 * Thin wiring; what counts as "inside" is `isSameAppOrigin`, tested on its own.
 */
import type { Session, WebContents } from 'electron';

/**
 * Keeps `contents` on URLs `isAllowedUrl` accepts: navigations and redirects elsewhere are
 * cancelled, `window.open` and target=_blank links open nothing, and `<webview>` tags are
 * refused before they attach.
 */
export function lockDownWebContents(contents: WebContents, isAllowedUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Makes `session` refuse every permission request and answer every permission check "no",
 * except what `grants` allows (main/security/permissions.ts: persistent storage for the app's pages).
 */
export function lockDownSession(session: Session, grants: (permission: string, requestingUrl: string) => boolean = () => false): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(grants(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => grants(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
