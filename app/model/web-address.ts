/**
 * Web addresses as the app lets them through: an article's source, a link the system browser
 * may open. Only http and https with a host; everything else (`javascript:`, `file:`,
 * `data:`, a Windows share) is no web address.
 */

/** The parsed address of `url` when it is a web address, else undefined. */
export function webAddress(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `url` is a web link the system browser may open: http or https, nothing else. */
export function isWebLink(url: string): boolean {
  return webAddress(url) !== undefined;
}
