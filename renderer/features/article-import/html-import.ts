/**
 * Saved web pages and pasted HTML to an import candidate, without the markup ever touching
 * the live page: DOMParser builds an inert document (no scripts run, nothing loads),
 * Readability finds the article in a copy of it, DOMPurify sanitises the article into a
 * detached tree, and `htmlBlocks` keeps only its text.
 */
import { webAddress } from '../../../app/model/web-address';
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { draftFromHtml } from '../../../app/import/html-blocks';
import { titleWithoutSuffix } from '../../../app/import/title-suffix';
import type { ArticleDraft } from '../../../app/model/model';
import { fileStem, rawLinesDraft, refusal, type ImportCandidate } from './import-candidate';

/** A page's `content` for the first `<meta>` matching one of `selectors`, trimmed. */
function metaContent(doc: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The page's own address (canonical link or og:url) when it is an http(s) URL. */
function sourceUrlOf(doc: Document): string | undefined {
  const candidates = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), metaContent(doc, 'meta[property="og:url"]')];
  for (const candidate of candidates) {
    // A relative link of a saved page says nothing about its source; only a web address counts.
    const url = candidate && webAddress(candidate.trim());
    if (url) return url.href;
  }
  return undefined;
}

/** The date part of an ISO timestamp, or the text as written. */
function dateOf(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  return /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(text) ? text.slice(0, 10) : text;
}

/**
 * The candidate for an HTML page or fragment. `source` names it in messages, and its stem is
 * the title of last resort. Throws an `ImportRefusal` when no article text is found.
 */
export function htmlCandidate(source: string, html: string): ImportCandidate {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parsed = new Readability(withoutPageChrome(doc.cloneNode(true) as Document)).parse();
  const root = DOMPurify.sanitize(parsed?.content ?? doc.body.outerHTML, { RETURN_DOM: true });
  let cleaned: ArticleDraft;
  const byline = parsed?.byline?.trim() || metaContent(doc, 'meta[name="author"]');
  const publisher = parsed?.siteName?.trim() || metaContent(doc, 'meta[property="og:site_name"]');
  const sourceUrl = sourceUrlOf(doc);
  // Sites append their name, the author or the date to the title; the article's title is the headline.
  const names = [byline, publisher, metaContent(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]'), metaContent(doc, 'meta[name="author"]'), sourceUrl && new URL(sourceUrl).hostname.replace(/^www\./, '')];
  try {
    cleaned = draftFromHtml(root, {
      title: titleWithoutSuffix(parsed?.title?.trim() || doc.title.trim() || (/\.html?$/i.test(source) ? fileStem(source) : ''), names),
      ...withoutBlanks({
        byline,
        publisher,
        published: dateOf(parsed?.publishedTime ?? metaContent(doc, 'meta[property="article:published_time"]')),
        sourceUrl,
      }),
    });
  } catch (e) {
    if (e instanceof RangeError) throw refusal(source, 'no article text was found in the page.');
    throw e;
  }
  const rawText = parsed?.textContent ?? doc.body.textContent ?? '';
  return { source, kind: 'html', cleaned, raw: rawLinesDraft(rawText, cleaned.title) };
}

/**
 * Parts of a page that are never its article: labels for screen readers only, and newsletter
 * sign-ups (a price table in the middle of a report). Readability keeps them when they sit
 * inside the article's container.
 */
const PAGE_CHROME_SELECTOR = '.visually-hidden, .sr-only, .screen-reader-text, [class*="newsletter"], [id*="newsletter"]';

/**
 * The longest text a part matching {@link PAGE_CHROME_SELECTOR} may hold and still be removed:
 * a site that names its whole article container so is read as it is.
 */
const MAX_CHROME_TEXT = 2_000;

/** `doc` with its page chrome removed (it is a copy: the metadata is read from the original). */
function withoutPageChrome(doc: Document): Document {
  for (const element of Array.from(doc.querySelectorAll(PAGE_CHROME_SELECTOR))) {
    if ((element.textContent ?? '').length <= MAX_CHROME_TEXT) element.remove();
  }
  return doc;
}

/** `facts` without its undefined and empty entries. */
function withoutBlanks(facts: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(facts).filter((entry): entry is [string, string] => !!entry[1]));
}
