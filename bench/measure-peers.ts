/**
 * The peer libraries, each on its own bench page, on the same article and annotation sets:
 * open with N highlights (recogito, mark.js), add one (recogito), anchor N quotes
 * (dom-anchor-text-quote, @apache-annotator/dom). Each figure is a fresh navigation.
 */
import type { BrowserContext } from 'playwright-core';
import { benchResult } from './measure-app';

/** Loads a peer page with `query` and returns what it published. */
export async function runPeerPage<T>(context: BrowserContext, baseUrl: string, page: string, query: Record<string, string | number>): Promise<T> {
  const tab = await context.newPage();
  try {
    const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
    await tab.goto(`${baseUrl}/bench/${page}.html?${search}`, { waitUntil: 'commit' });
    return await benchResult<T>(tab);
  } finally {
    await tab.close();
  }
}

/** What an anchoring peer page reports. */
export interface AnchorFigures {
  readonly done: number;
  readonly ms: number;
  readonly found: number;
  readonly total: number;
}

/**
 * The time to anchor all `total` quotes: measured when the peer finished within its budget,
 * otherwise projected from its rate on the ones it did (and flagged as projected).
 */
export function anchorTime(figures: AnchorFigures): { ms: number; projected: boolean } {
  if (figures.done >= figures.total || figures.done === 0) return { ms: figures.ms, projected: false };
  return { ms: (figures.ms / figures.done) * figures.total, projected: true };
}
