/**
 * A PDF's characters as an article stores them: typographic ligatures spelled out, Arabic
 * presentation forms (the shaped glyphs a printer writes) as the letters they shape, soft
 * hyphens removed, everything else (diacritics, Cyrillic, Arabic, quotes and dashes) kept
 * exactly as the document has it — no general Unicode normalisation.
 */

const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/**
 * `text` with the Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) spelled out, Arabic presentation forms
 * (U+FB50–U+FDFF, U+FE70–U+FEFF) as their letters, and soft hyphens (U+00AD) removed.
 */
export function normalisePdfText(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\uFB50-\uFDFF\uFE70-\uFEFE]/g, (c) => c.normalize('NFKC'))
    .replace(/\u00AD/g, '');
}
