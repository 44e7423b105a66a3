// The two peers without type declarations, typed as far as the benchmark uses them.

declare module 'mark.js' {
  /** mark.js: highlights text in a DOM context with <mark> elements. */
  export default class Mark {
    constructor(context: Element);
    markRanges(ranges: readonly { start: number; length: number }[], options?: { done?: (marks: number) => void; className?: string }): void;
  }
}

declare module 'dom-anchor-text-quote' {
  /** Finds a TextQuoteSelector in `root`'s text; `hint` is the expected start offset. */
  export function toRange(root: Node, selector: { exact: string; prefix?: string; suffix?: string }, options?: { hint?: number }): Range | null;
}
