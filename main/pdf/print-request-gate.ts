/**
 * What the hidden print window may load: the page being printed (its exact temporary file)
 * and `data:` URLs (the brief's embedded fonts), nothing else — no other `file:` URL, no
 * Windows share (`\\host\share`, which Chromium reads as `file://host/share`), no `blob:`, no
 * network. The brief is self-contained, so anything else in it is refused, not fetched.
 */

/** The pages being printed now, and the rule for every request of the print session. */
export class PrintRequestGate {
  private readonly pages = new Set<string>();

  /** Lets `pageUrl` load until the returned function is called (when its print is done). */
  open(pageUrl: string): () => void {
    this.pages.add(pageUrl);
    return () => this.pages.delete(pageUrl);
  }

  /** Whether a request for `url` may go ahead. */
  allows(url: string): boolean {
    return url.startsWith('data:') || this.pages.has(url);
  }
}
