/**
 * Where the time goes when a target is missed: a CPU profile (CDP Profiler) of the app while
 * it opens with the large set, while it tags, and while the panel scrolls, summarised as the
 * functions with the most self time. `node bench/profile.mjs` prints it.
 */
import { resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { chromiumLaunchOptions, resolveChromiumPath } from '../node/chromium-printer';
import { benchData, buildAll, drawnAtOpening, FULL_BENCH, tagTarget, type BenchOptions } from './main';
import { measureOpen, measureReview, measureScroll, measureTagging, runLab } from './measure-app';
import { startBenchServer } from './server';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The functions with the most self time in a profile, in ms, with where they are. */
export function topSelfTime(profile: CpuProfile, count = 25): { ms: number; fn: string }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 }));
}

/** Profiles `work` on `page`. */
async function profile(cdp: CDPSession, work: () => Promise<unknown>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await work();
  const { profile: result } = await cdp.send('Profiler.stop');
  return result as unknown as CpuProfile;
}

/** What can be profiled: `node bench/profile.mjs review tagging` profiles those alone. */
export const PROFILE_PARTS = ['open', 'scrolling', 'tagging', 'review'] as const;

/** Profiles the open, scrolling, tagging and switching review mode on at the large size (or the `parts` named); prints the top functions of each. */
export async function profileApp(options: BenchOptions = FULL_BENCH, parts: readonly string[] = PROFILE_PARTS): Promise<void> {
  await buildAll(options, true);
  const { article, annotations, additions, text, data } = await benchData(options);
  const server = await startBenchServer({ port: options.port, appDir: resolve(import.meta.dirname, '..', options.webOutDir), pagesDir: options.pagesOutDir, data });
  const browser = await chromium.launch(chromiumLaunchOptions(resolveChromiumPath()));
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await runLab(context, server.url, 'seed', options.large);
    const page: Page = await context.newPage();
    await measureOpen(page, server.url, options.large, drawnAtOpening(annotations), 0);
    const cdp = await context.newCDPSession(page);
    const print = (title: string, p: CpuProfile) => {
      options.log(`\n${title}`);
      for (const { ms, fn } of topSelfTime(p)) options.log(`${String(ms).padStart(9)} ms  ${fn}`);
    };
    if (parts.includes('open')) print('Open (reload) with the large set, self time:', await profile(cdp, () => measureOpen(page, server.url, options.large, drawnAtOpening(annotations), 1)));
    const cdp2 = await context.newCDPSession(page);
    if (parts.includes('scrolling')) print('Scrolling through all cards, self time:', await profile(cdp2, () => measureScroll(page, 0, 30)));
    const targets = additions.slice(0, 10).map((a) => tagTarget(article.blocks.map((b) => b.text), a.target.position.start, a.target.position.end, text));
    if (parts.includes('tagging')) print('Ten taggings, self time:', await profile(cdp2, () => measureTagging(page, targets)));
    if (parts.includes('review')) print('Switching review mode on (and off), self time:', await profile(cdp2, () => measureReview(page, 0)));
  } finally {
    await browser.close();
    await server.close();
  }
}
