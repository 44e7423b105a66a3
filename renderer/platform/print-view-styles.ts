/**
 * Styling the browser's print view. The brief opens as a `blob:` document, which takes the
 * app page's Content-Security-Policy (blob documents inherit their creator's), and that policy
 * refuses inline `<style>` — so the brief would print unstyled: no paper size, no marking, no
 * tag colours. Stylesheets built through the CSSOM are not subject to `style-src`, so the
 * bridge hands the brief's own stylesheet over that way, without loosening the app's policy.
 */

/** Applies every `<style>` element's text of the print view's document as an adopted stylesheet. */
export function adoptInlineStyles(view: Window): void {
  const doc = view.document;
  const css = [...doc.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  if (!css) return;
  // A sheet may only be adopted by a document of the realm that constructed it.
  const sheet = new (view as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
