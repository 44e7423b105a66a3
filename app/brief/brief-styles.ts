/**
 * The brief's print stylesheet, as a string the brief HTML inlines (the document may load
 * nothing). Tag colours and underline styles come from `TAG_STYLES`, so the PDF matches the
 * app; colour is never the only cue — badges carry the tag letter and each tag has its own
 * underline (solid, wavy, dotted; a wavy one prints double, see `printedUnderline`), which
 * survives grayscale printing.
 */
import type { PaperSize } from '../model/paper-size';
import { TAG_STYLES, type TagStyle } from '../model/tags';

/** A font the brief embeds: WOFF2 bytes as base64, passed in by the caller (app/ reads no files). */
export interface BriefFont {
  /** `serif` sets the body text, `sans` the headings, badges and tables. */
  readonly role: 'serif' | 'sans';
  /** CSS font-weight, 100–900. */
  readonly weight: number;
  readonly style: 'normal' | 'italic';
  /** The WOFF2 file, base64-encoded. */
  readonly woff2Base64: string;
  /** CSS `unicode-range` the file covers (e.g. `U+0000-00FF,U+2000-206F`), for subset files. */
  readonly unicodeRange?: string;
}

/** The families the stylesheet names; embedded faces register under them, system fonts follow. */
const FAMILY = {
  serif: "'Brief Serif', 'Source Serif 4', 'Noto Serif', 'DejaVu Serif', Georgia, serif",
  sans: "'Brief Sans', 'Source Sans 3', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
} as const;

/** CSS `@page` size names of each paper size. */
const PAGE_SIZE: Readonly<Record<PaperSize, string>> = { a4: 'A4', letter: 'letter' };

/**
 * The sheet's width for the print view on screen, which lays the brief out as a page with the
 * print margins: `@page` margins apply only on paper.
 */
const PAGE_WIDTH: Readonly<Record<PaperSize, string>> = { a4: '210mm', letter: '8.5in' };

/**
 * `@font-face` rules for the given fonts, as `data:` URLs (the CSP allows `font-src data:`
 * only). Throws a RangeError for a font whose base64, weight or unicode range is malformed,
 * since such a value could otherwise break out of its CSS declaration.
 */
export function fontFaceCss(fonts: readonly BriefFont[]): string {
  return fonts
    .map((font) => {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(font.woff2Base64)) throw new RangeError('A brief font is not valid base64');
      if (!Number.isInteger(font.weight) || font.weight < 100 || font.weight > 900) throw new RangeError(`Bad font weight ${font.weight}`);
      if (font.unicodeRange !== undefined && !/^U\+[0-9A-F?]+(-[0-9A-F]+)?(,\s*U\+[0-9A-F?]+(-[0-9A-F]+)?)*$/i.test(font.unicodeRange)) {
        throw new RangeError(`Bad unicode range ${font.unicodeRange}`);
      }
      const family = font.role === 'serif' ? 'Brief Serif' : 'Brief Sans';
      const range = font.unicodeRange ? `unicode-range:${font.unicodeRange};` : '';
      return `@font-face{font-family:'${family}';font-style:${font.style === 'italic' ? 'italic' : 'normal'};font-weight:${font.weight};${range}src:url(data:font/woff2;base64,${font.woff2Base64}) format('woff2');}`;
    })
    .join('\n');
}

/**
 * The underline a tag's highlights print with: the app's, except that wavy prints double.
 * Chromium paints a wavy decoration as a rectangle filled with a tiled picture shader
 * (blink decoration_line_painter.cc, PaintWavyTextDecoration), which Skia's PDF backend cannot
 * write as vectors and rasterizes line by line: on a long appendix that made printing more
 * than twice as slow and added megabytes of bitmaps. Double is a plain vector line that still
 * tells the tag apart from solid and dotted without colour.
 */
export function printedUnderline(underline: TagStyle['underline']): 'solid' | 'double' | 'dotted' {
  return underline === 'wavy' ? 'double' : underline;
}

/** How many overlapping highlights under one word get a line of their own; deeper ones share the last. */
export const MAX_LINE_DEPTH = 6;

/**
 * A tag's line as a background drawn at the bottom of a span's box, in its printed style:
 * solid, double (for wavy) or dotted, so overlapping tags stay apart in grayscale.
 */
function lineImage(s: TagStyle): string {
  const ink = `linear-gradient(${s.ink},${s.ink})`;
  switch (printedUnderline(s.underline)) {
    case 'solid':
      return `background-image:${ink};background-size:100% 1pt;background-position:0 100%;`;
    case 'double':
      return `background-image:${ink},${ink};background-size:100% .6pt,100% .6pt;background-position:0 100%,0 calc(100% - 1.5pt);`;
    case 'dotted':
      return `background-image:repeating-linear-gradient(90deg,${s.ink} 0 1.2pt,transparent 1.2pt 2.6pt);background-size:100% 1.1pt;background-position:0 100%;`;
  }
}

/**
 * The lines of overlapping highlights: each further tag's span reaches a step lower than the
 * text, by padding that does not change the line's height, and draws its line at its bottom,
 * on every line the words wrap to.
 */
function lineCss(): string {
  const depths = Array.from({ length: MAX_LINE_DEPTH }, (_, i) => `.ln-d${i + 1}{padding-bottom:${(2.4 + 2.2 * i).toFixed(1)}pt;}`).join('');
  return `.ln{background-repeat:no-repeat;-webkit-box-decoration-break:clone;box-decoration-break:clone;}${depths}${TAG_STYLES.map((s) => `.ln-${s.tag}{${lineImage(s)}}`).join('')}`;
}

/** Per-tag rules: badge, highlight fill, underline, section rule, superscript. */
function tagCss(): string {
  return TAG_STYLES.map(
    (s) => `
.badge-${s.tag}{background:${s.ink};}
.hl-${s.tag}{background:${s.fill};text-decoration-color:${s.ink};text-decoration-style:${printedUnderline(s.underline)};}
.section-${s.tag} > h2{border-left-color:${s.ink};}
.ref-${s.tag}{color:${s.ink};}
.count-${s.tag}{border-top-color:${s.ink};}`,
  ).join('');
}

/** The brief's stylesheet for a paper size (the page box is set here, so every printer agrees). */
export function briefCss(paper: PaperSize): string {
  return `
@page{size:${PAGE_SIZE[paper]};margin:20mm 18mm 18mm 18mm;}
*{box-sizing:border-box;}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact;}
body{margin:0;font-family:${FAMILY.serif};font-size:10.5pt;line-height:1.45;color:#1a1a1a;}
@media screen{html{background:#d8d8d8;}body{width:${PAGE_WIDTH[paper]};max-width:100%;margin:12mm auto;padding:20mm 18mm 18mm;background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.3);}}
h1,h2,h3,.badge,.meta,.counts,.matrix,.item-head,.links,.verdict,.text-change,.ref,.kicker{font-family:${FAMILY.sans};}
h1{font-size:20pt;line-height:1.2;margin:0 0 4pt;font-weight:700;}
h2{font-size:13pt;margin:18pt 0 8pt;padding-left:8pt;border-left:4pt solid #444;break-after:avoid;font-weight:700;}
h3{font-size:11pt;margin:12pt 0 4pt;break-after:avoid;}
p{margin:0 0 6pt;}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:8.5pt;color:#555;margin:0 0 4pt;}
.on{font-size:12pt;font-style:italic;margin:0 0 10pt;}
.title-block{border-bottom:1.5pt solid #1a1a1a;padding-bottom:8pt;}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:1pt 10pt;font-size:9pt;margin:0 0 10pt;}
.meta dt{font-weight:600;color:#555;}
.meta dd{margin:0;overflow-wrap:anywhere;}
.counts{display:flex;gap:8pt;list-style:none;padding:0;margin:0;}
.counts li{flex:1;border-top:3pt solid #444;padding:3pt 0 0;font-size:9pt;}
.counts .n{font-size:16pt;font-weight:700;display:block;line-height:1.1;}
.key-judgments ul{margin:0 0 6pt;padding-left:16pt;}
.items{list-style:none;padding:0;margin:0;}
.item{display:block;break-inside:avoid;margin:0 0 8pt;padding:3pt 0 8pt;border-bottom:.5pt solid #ccc;}
.item-head{font-size:8.5pt;color:#444;margin:0 0 3pt;}
.badge{color:#fff;font-weight:700;font-size:8.5pt;border-radius:2pt;padding:0.5pt 4pt;margin-right:5pt;}
.quote{margin:0 0 4pt;font-size:10.5pt;}
.hl{color:inherit;text-decoration-line:underline;text-decoration-thickness:1.2pt;text-underline-offset:2.5pt;}
.quote .hl{-webkit-box-decoration-break:clone;box-decoration-break:clone;padding:0 1pt;}
${lineCss()}
.note{white-space:pre-line;}
.note::before{content:'Note: ';font-weight:600;font-family:${FAMILY.sans};font-size:9pt;}
.links,.verdict,.text-change{font-size:8.5pt;color:#444;margin:0 0 2pt;}
.links a,.matrix a{color:inherit;text-decoration:none;}
.orphaned{color:#8a1c1c;font-weight:600;}
.empty{color:#666;font-style:italic;}
.matrix{width:100%;border-collapse:collapse;font-size:9pt;table-layout:fixed;}
.matrix .col-guarantee{width:62%;}
.matrix th,.matrix td{border:.5pt solid #999;padding:3pt 5pt;vertical-align:top;text-align:left;}
.matrix thead th{background:#eee;}
.matrix tr{break-inside:avoid;}
.matrix .excerpt{font-family:${FAMILY.serif};font-size:9pt;}
.sources{padding-left:0;list-style:none;font-size:10pt;}
.source{margin:0 0 6pt;break-inside:avoid;padding-left:2.2em;text-indent:-2.2em;}
.source-label{font-family:${FAMILY.sans};font-weight:700;display:inline-block;min-width:2.2em;text-indent:0;}
.source-url{font-family:${FAMILY.sans};font-size:8.5pt;overflow-wrap:anywhere;}
.source-counts{font-family:${FAMILY.sans};font-size:8.5pt;color:#444;}
.source-ref{font-family:${FAMILY.sans};font-size:.85em;color:#444;}
.appendix{break-before:page;}
/* The ¶ number floats into the block's left margin, its margin box ending where the text
   starts so no line is shortened. Not absolutely positioned: every positioned block is a
   paint layer, and thousands of them made each printed page of a long appendix slow to paint.
   Generated from the block's data-p, not an element: a span per paragraph was a node of the
   PDF's tag tree each, a tenth of the print time of a long appendix. flow-root keeps a number
   inside its own block even when the block has no text. */
.appendix .block{display:flow-root;margin-left:26pt;}
.appendix .block::before{content:"¶ " attr(data-p);float:left;width:22pt;margin:2pt 4pt 0 -26pt;text-align:right;font-family:${FAMILY.sans};font-size:7pt;font-style:normal;font-weight:400;color:#777;}
.appendix h3.block::before{margin-top:3pt;}
.appendix .omitted{margin:4pt 0 6pt 26pt;font-family:${FAMILY.sans};font-size:9pt;color:#555;}
.appendix .page-mark{margin:10pt 0 4pt;padding-top:2pt;border-top:0.5pt solid #bbb;font-family:${FAMILY.sans};font-size:7.5pt;font-weight:600;color:#555;break-after:avoid;}
.appendix blockquote.block{margin:0 0 6pt 26pt;padding-left:8pt;border-left:2pt solid #bbb;}
.appendix blockquote.block::before{margin-left:-34pt;margin-right:12pt;}
.appendix .caption{font-size:9pt;color:#555;font-style:italic;}
.appendix p.block{line-height:1.75;}
.appendix .list-item,.appendix .footnote{padding-left:16pt;}
.appendix .marker{display:inline-block;width:16pt;margin-left:-16pt;font-variant-numeric:tabular-nums;}
.appendix .list-item::before,.appendix .footnote::before{margin-left:-42pt;}
.appendix .footnote{font-size:9pt;}
.appendix .footnote .marker{font-size:7pt;vertical-align:super;line-height:0;}
.ref{font-size:6.5pt;font-weight:700;vertical-align:super;line-height:0;margin-left:1pt;}
${tagCss()}
`;
}

/** `text` as a CSS string literal: everything but letters, digits and spaces hex-escaped, so nothing can end the string or the stylesheet. */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/^[A-Za-z0-9 ]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/**
 * The marking at the top of every page and "Page n of m" at the bottom, drawn by the document's
 * own `@page` margin boxes, so every printer (Electron, the command line, a browser's print
 * view) prints them the same way.
 */
export function pageMarginCss(marking: string): string {
  const box = `font-family:${FAMILY.sans};font-size:8pt;color:#333;`;
  return `@page{@top-center{content:${cssString(marking)};${box}font-weight:bold;letter-spacing:.05em;}@bottom-center{content:"Page " counter(page) " of " counter(pages);${box}}}`;
}
