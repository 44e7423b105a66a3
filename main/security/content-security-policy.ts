/**
 * The Content Security Policy every response of the app scheme carries. The renderer runs only
 * its own bundled scripts and styles: no inline script, no inline `<style>` or `style=""`
 * markup, no remote origin of any kind, no plugins, no framing, no form posts. Images may be
 * `data:`/`blob:` (pasted or generated pictures) and fonts `data:` (Vite inlines small font
 * files as data URLs).
 */

/** The directives, one per entry, so a test can read each one. */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

/** The policy as the `Content-Security-Policy` header value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
