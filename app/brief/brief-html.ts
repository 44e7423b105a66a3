/**
 * The brief as one self-contained HTML document: the same document is printed by Electron, by
 * Chromium on the command line and in tests, and opened in the browser's print view. It runs
 * no script and loads nothing (a CSP says so too); every user string is escaped by the `html`
 * template tag; fonts come inline as `data:` URLs when the caller passes them.
 */
import { isAppendixGap, type AppendixBlock, type AppendixEntry, type AppendixSegment } from './brief-appendix';
import type { BriefItem, BriefItemRef, BriefModel, BriefSection, BriefSource, KeyJudgmentBlock, TextRun } from './brief-compose';
import { briefCss, fontFaceCss, MAX_LINE_DEPTH, pageMarginCss, type BriefFont } from './brief-styles';
import { html, SafeHtml } from './html-escape';
import { CONFIDENCE_LABEL, countWords, formatTimestamp, itemPlace, titleFacts } from './brief-text';
import { VERDICT_LABELS } from '../review/verdict-labels';
import { TAG_STYLES, tagStyle } from '../model/tags';
import { EARLIER_WORDING } from '../revisions/text-change';

/** The Content-Security-Policy every brief carries: inline styles and data: fonts/images only. */
export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The CSP as markup: a constant holding only `'` as a character to escape, which is safe in a "-quoted attribute. */
const CSP_MARKUP = new SafeHtml(BRIEF_CSP);

/** Options for `renderBriefHtml`. */
export interface RenderBriefOptions {
  /** Fonts to embed; without them the document falls back to the system's serif and sans. */
  readonly fonts?: readonly BriefFont[];
}


/**
 * A link to an item, followed by its source (`(S2)`) when that is not `from`, the source of
 * what refers to it: a reference across sources says where it goes, one within a source
 * needs no saying.
 */
function refLink(ref: BriefItemRef, from?: string): SafeHtml {
  const link = html`<a class="ref-${ref.tag}" href="#item-${ref.number}">${ref.label}</a>`;
  return ref.sourceLabel && ref.sourceLabel !== from ? html`${link} <span class="source-ref">(${ref.sourceLabel})</span>` : link;
}

/** Where an item's quote is (see `itemPlace`), a quote not found marked as such. */
function placeOf(item: BriefItem): SafeHtml {
  const place = itemPlace(item);
  return place.found ? html`${place.source}${place.where}` : html`${place.source}<span class="orphaned">${place.where}</span>`;
}

/** A list of references, comma-separated. */
function refList(refs: readonly BriefItemRef[], from?: string): SafeHtml {
  return html`${refs.map((ref, i) => html`${i > 0 ? ', ' : ''}${refLink(ref, from)}`)}`;
}

function titleBlock(model: BriefModel): SafeHtml {
  const { on, facts } = titleFacts(model);
  return html`<header class="title-block">
<p class="kicker">Briefing</p>
<h1>${model.title}</h1>
<p class="on">On: ${on}</p>
<dl class="meta">${facts.map(([name, value]) => html`<dt>${name}</dt><dd>${value}</dd>`)}</dl>
<ul class="counts" aria-label="Items per tag">${model.counts.map(
    (c) => html`<li class="count-${c.tag}"><span class="n">${c.count}</span>${c.heading}</li>`,
  )}</ul>
</header>`;
}

/** Text runs with their emphasis as `<strong>`/`<em>`; the text itself is escaped like any other. */
function runsHtml(runs: readonly TextRun[]): SafeHtml {
  return html`${runs.map((run) => {
    const italic = run.italic ? html`<em>${run.text}</em>` : html`${run.text}`;
    return run.bold ? html`<strong>${italic}</strong>` : italic;
  })}`;
}

function keyJudgmentBlock(block: KeyJudgmentBlock): SafeHtml {
  return block.kind === 'paragraph' ? html`<p>${runsHtml(block.runs)}</p>` : html`<ul>${block.items.map((item) => html`<li>${runsHtml(item)}</li>`)}</ul>`;
}

function keyJudgments(model: BriefModel): SafeHtml {
  const body = model.keyJudgments.length > 0 ? model.keyJudgments.map(keyJudgmentBlock) : html`<p class="empty">None recorded.</p>`;
  return html`<section class="key-judgments"><h2>Key judgments</h2>${body}</section>`;
}

/** The list of sources of a brief with several, each with its facts and its counts per tag; nothing for one. */
function sourcesSection(model: BriefModel): SafeHtml {
  if (model.sources.length < 2) return html``;
  const entry = (source: BriefSource): SafeHtml => {
    const facts = [source.publisher, source.byline, source.published].filter((f): f is string => !!f);
    return html`<li class="source" id="source-${source.label}"><span class="source-label">${source.label}</span> <cite>${source.title}</cite>${
      facts.length > 0 ? html` — ${facts.join(', ')}` : ''
    }${source.sourceUrl ? html`<br><span class="source-url">${source.sourceUrl}</span>` : ''}<br><span class="source-counts">${countWords(source.counts)}</span></li>`;
  };
  return html`<section class="sources-section"><h2>Sources</h2><ol class="sources">${model.sources.map(entry)}</ol></section>`;
}

function itemHead(item: BriefItem): SafeHtml {
  const where = placeOf(item);
  return html`<p class="item-head"><span class="badge badge-${item.tag}">${item.label}</span>${tagStyle(item.tag).label} · ${where}${
    item.speaker ? html` · Speaker: ${item.speaker}` : ''
  }${item.confidence ? html` · Confidence: ${CONFIDENCE_LABEL[item.confidence]}` : ''}</p>`;
}

function itemHtml(item: BriefItem): SafeHtml {
  const { verdict } = item;
  return html`<li class="item" id="item-${item.number}">
${itemHead(item)}
<blockquote class="quote"><mark class="hl hl-${item.tag}">${item.quote}</mark></blockquote>
${item.note.trim() ? html`<p class="note">${item.note.trim()}</p>` : ''}
${item.links.length > 0 ? html`<p class="links">Bears on: ${refList(item.links, item.sourceLabel)}</p>` : ''}
${item.linkedBy.length > 0 ? html`<p class="links">Linked from: ${refList(item.linkedBy, item.sourceLabel)}</p>` : ''}
${item.earlierWording !== undefined ? html`<p class="text-change">Text changed in a revision; earlier wording: “${item.earlierWording}”</p>` : ''}
${verdict ? html`<p class="verdict">Review: <strong>${VERDICT_LABELS[verdict.status]}</strong>${verdict.comment ? html` — ${verdict.comment}` : ''} (${verdict.reviewer}, ${formatTimestamp(verdict.at)})${item.earlierWording !== undefined ? html` — <em class="earlier-wording">${EARLIER_WORDING}</em>` : ''}</p>` : ''}
</li>`;
}

function section(s: BriefSection): SafeHtml {
  const body = s.items.length > 0 ? html`<ol class="items">${s.items.map(itemHtml)}</ol>` : html`<p class="empty">No items.</p>`;
  return html`<section class="items-section${s.tag ? ` section-${s.tag}` : ''}"><h2>${s.heading}</h2>${body}</section>`;
}

function matrix(model: BriefModel): SafeHtml {
  if (!model.counts.some((c) => c.tag === 'guarantee')) return html``;
  const cell = (refs: readonly BriefItemRef[], from: string | undefined): SafeHtml => (refs.length > 0 ? refList(refs, from) : html`<span class="empty">none</span>`);
  const body =
    model.matrix.length > 0
      ? html`<table class="matrix"><colgroup><col class="col-guarantee"><col><col></colgroup><thead><tr><th scope="col">Guarantee</th><th scope="col">Risks</th><th scope="col">Precedents</th></tr></thead><tbody>${model.matrix.map(
          (row) =>
            html`<tr><th scope="row">${refLink(row.guarantee)} <span class="excerpt">${row.excerpt}</span></th><td>${cell(row.risks, row.guarantee.sourceLabel)}</td><td>${cell(row.precedents, row.guarantee.sourceLabel)}</td></tr>`,
        )}</tbody></table>`
      : html`<p class="empty">No guarantees in this brief.</p>`;
  return html`<section class="matrix-section"><h2>Guarantee matrix</h2>${body}</section>`;
}

/**
 * A segment as its text marked by the outermost highlight (its fill and underline), with one
 * span per further highlight that draws that tag's line a step lower under the same words, then
 * the numbers ending there. Every line lies on the segment's own boxes: Chromium draws a
 * nested underline at its ancestor's offset, and an overline sat under the line above.
 */
function segmentHtml(segment: AppendixSegment<BriefItemRef>): SafeHtml {
  const [outer, ...inner] = segment.covering;
  const lined = inner.reduceRight<SafeHtml>(
    (text, ref, i) => html`<span class="ln ln-d${String(Math.min(i + 1, MAX_LINE_DEPTH))} ln-${ref.tag}">${text}</span>`,
    html`${segment.text}`,
  );
  const marked = outer ? html`<mark class="hl hl-${outer.tag}">${lined}</mark>` : lined;
  return html`${marked}${segment.ending.map((ref) => html`<sup class="ref ref-${ref.tag}">${ref.label}</sup>`)}`;
}

/**
 * A source's appendix entries: blocks (a PDF source's under a mark of each page they start on,
 * numbered within it) and, in an excerpt, `[…]` for each run of blocks left out.
 */
function appendixBlocks(entries: readonly AppendixEntry<BriefItemRef>[]): SafeHtml {
  let page: number | undefined;
  return html`${entries.map((entry) => {
    if (isAppendixGap(entry)) return html`<p class="omitted">[…]</p>`;
    const mark = entry.page !== undefined && entry.page !== page ? html`<p class="page-mark">p. ${String(entry.page)}</p>` : html``;
    page = entry.page;
    return html`${mark}${appendixBlock(entry)}`;
  })}`;
}

function appendixBlock(block: AppendixBlock<BriefItemRef>): SafeHtml {
  // The ¶ number is drawn from data-p by the stylesheet (see brief-styles.ts).
  const body = html`${block.segments.map(segmentHtml)}`;
  const number = String(block.pageParagraph ?? block.paragraph);
  switch (block.type) {
    case 'heading':
      return html`<h3 class="block" data-p="${number}">${body}</h3>`;
    case 'quote':
      return html`<blockquote class="block" data-p="${number}">${body}</blockquote>`;
    case 'caption':
      return html`<p class="block caption" data-p="${number}">${body}</p>`;
    case 'paragraph':
      return html`<p class="block" data-p="${number}">${body}</p>`;
    case 'list-item':
      return html`<p class="block list-item" data-p="${number}"><span class="marker">${block.marker ?? '•'}</span>${body}</p>`;
    case 'note':
      return html`<p class="block footnote" data-p="${number}"><span class="marker">${block.marker ?? ''}</span>${body}</p>`;
  }
}

function appendix(model: BriefModel): SafeHtml {
  if (!model.appendix) return html``;
  const legend = TAG_STYLES.filter((s) => model.counts.some((c) => c.tag === s.tag)).map(
    (s, i) => html`${i > 0 ? ' · ' : ''}<mark class="hl hl-${s.tag}">${s.label} (${s.letter})</mark>`,
  );
  const what = model.excerpted ? 'highlighted paragraphs' : 'highlighted';
  const scope = model.excerpted ? html`<p class="legend">Paragraphs with a highlight and those beside them; […] marks the paragraphs left out.</p>` : html``;
  if (model.appendix.length === 1) {
    return html`<section class="appendix"><h2>Appendix: the article, ${what}</h2>${scope}<p class="legend">${legend}</p>${appendixBlocks(model.appendix[0]?.blocks ?? [])}</section>`;
  }
  return html`${model.appendix.map(
    (part) =>
      html`<section class="appendix"><h2>Appendix ${part.source.label}: ${part.source.title}, ${what}</h2>${scope}<p class="legend">${legend}</p>${appendixBlocks(part.blocks)}</section>`,
  )}`;
}

/**
 * The brief as a complete HTML document (UTF-8, `<!doctype html>`). Its `<title>` is the brief
 * title and `<meta name="author">` the analyst, which printers carry into the PDF metadata;
 * headings are h1 (the brief) and h2 (each part), which gives the PDF its outline.
 * Throws a RangeError only for a malformed font (see `fontFaceCss`).
 */
export function renderBriefHtml(model: BriefModel, options: RenderBriefOptions = {}): string {
  // The stylesheet holds no user text (font data is checked to be base64), so it is trusted.
  // The marking and "Page n of m" are the document's own page-margin boxes, whatever prints
  // it: Chromium's header and footer templates are laid out as a separate document for each
  // page, most of a second on a 400-page brief (measured in bench/).
  const css = `${fontFaceCss(options.fonts ?? [])}\n${briefCss(model.paper)}\n${pageMarginCss(model.marking)}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP_MARKUP}">
<meta name="author" content="${model.analyst}">
<title>${model.title}</title>
<style>${new SafeHtml(css)}</style>
</head>
<body>
<main>
${titleBlock(model)}
${keyJudgments(model)}
${sourcesSection(model)}
${model.sections.map(section)}
${matrix(model)}
${appendix(model)}
</main>
</body>
</html>
`.markup;
}
