/**
 * A quote cut short for a one-line mention (a status message, a link list, a queue entry),
 * so a long passage never floods the line it is named in.
 */

/** `quote` itself up to 60 characters; else its first 59 and an ellipsis. */
export function shortenQuote(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 59)}…` : quote;
}
