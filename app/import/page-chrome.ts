/**
 * Lines a web page puts around an article that are never its text: skip links, advertising
 * labels, read-more teasers, share bars, screen-reader labels for a photo, newsletter pitches.
 * Every importer of web text (a saved page, a paste, a scrape) drops them.
 */

/** A block's or line's whole text that is page chrome. */
const PAGE_CHROME: readonly RegExp[] = [
  /^(\d+\.\s*)?Skip to\b/i,
  /^This browser does not support the video element\.?$/i,
  /^(Advertisement|Anzeige|Sponsored( content)?|Werbung)$/i,
  /^(Read|See) (more|also)\b.{0,100}$/i,
  /^Continue reading( the main story)?\.?$/i,
  // What a screen reader is told in front of a picture, left alone as a line.
  /^(Photo|Image|Video|Graphic|Gallery)$/i,
  /^Sign up for\b.{0,200}\bnewsletter\b/i,
  // A share bar copied as a line: nothing but the names of the places to share to.
  /^(?:(?:Share|Tweet|Email|E-mail|Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Telegram|Print|Copy link|Send)(?:\s*(?:on|via)\s+\w+)?[\s|·•/,]*){1,8}$/i,
];

/** Whether `text` (one line, trimmed) is page chrome rather than article text. */
export function isPageChrome(text: string): boolean {
  return PAGE_CHROME.some((pattern) => pattern.test(text));
}
