// axe-core as the specs ask it: the violations on the page as it is now.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The violations axe finds on the page as it is now, as `rule: target — why` lines. */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}
