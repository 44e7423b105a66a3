/**
 * A quote cut short for a one-line mention (a status message, a link list, a queue entry),
 * so a long passage never floods the line it is named in.
 */

/** `quote` itself up to `max` characters (60 unless given); else its first `max - 1` and an ellipsis. */
export function shortenQuote(quote: string, max = 60): string {
  return quote.length > max ? `${quote.slice(0, max - 1)}…` : quote;
}
