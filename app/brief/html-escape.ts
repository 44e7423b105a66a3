/**
 * Making user text safe inside HTML. Every string an analyst, a teammate's `.brief` file or an
 * imported article supplies passes through here before it reaches the brief HTML, so a quote
 * holding `<script>` prints as those characters and never runs.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * C0 controls other than tab, line feed and carriage return, and DEL: not allowed in HTML text,
 * and NUL in particular is handled differently by different parsers. They become U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * `text` as HTML: safe as element content and inside a double- or single-quoted attribute
 * value. Not safe inside `<script>`, `<style>` or an unquoted attribute — the brief HTML
 * never puts user text there.
 */
export function escapeHtml(text: string): string {
  return text.replace(FORBIDDEN_CONTROLS, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}


/** Markup known to be safe: built by `html` from escaped values, so it is inserted as is. */
export class SafeHtml {
  /** Use `html` to make one; the constructor trusts its argument. */
  constructor(readonly markup: string) {}
  /** The markup, so a SafeHtml can be joined or written out directly. */
  toString(): string {
    return this.markup;
  }
}

/** What `html` accepts between its literal parts; `undefined`, `null` and `false` render nothing. */
export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[] | undefined | null | false;

/** One interpolated value as markup: strings and numbers are escaped, SafeHtml is kept, arrays joined. */
function toMarkup(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(toMarkup).join('');
  return escapeHtml(String(value));
}

/**
 * A template tag that escapes every interpolated value unless it is already SafeHtml, so
 * escaping is what happens by default: `html\`<p>${note}</p>\`` is safe for any `note`.
 * Values must sit in element content or inside quoted attribute values.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, i) => {
    markup += toMarkup(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(markup);
}
