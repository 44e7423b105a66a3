/**
 * Which operating system the window runs on, as `process.platform` names it, guessed from the
 * user agent (the sandboxed renderer has no `process`): it picks Cmd or Ctrl for shortcuts.
 */

/** `darwin`, `win32` or `linux`. */
export function osPlatform(userAgent: string = navigator.userAgent): 'darwin' | 'win32' | 'linux' {
  if (/Mac OS X|Macintosh/.test(userAgent)) return 'darwin';
  if (/Windows/.test(userAgent)) return 'win32';
  return 'linux';
}
