import { expect, it } from 'vitest';
import { briefCss, printedUnderline } from './brief-styles';
import { TAG_STYLES } from '../model/tags';

it('prints every tag with its own vector underline, the wavy one as double', () => {
  expect(printedUnderline('wavy')).toBe('double');
  expect(printedUnderline('solid')).toBe('solid');
  expect(printedUnderline('dotted')).toBe('dotted');
  const printed = TAG_STYLES.map((s) => printedUnderline(s.underline));
  expect(new Set(printed).size).toBe(TAG_STYLES.length);
  expect(briefCss('a4')).not.toMatch(/wavy/);
});

it('sets the appendix without positioned blocks, which make every printed page slow to paint', () => {
  const appendixRules = briefCss('a4').split('\n').filter((rule) => rule.startsWith('.appendix'));
  expect(appendixRules.length).toBeGreaterThan(0);
  expect(appendixRules.join('\n')).not.toMatch(/position\s*:\s*(relative|absolute|fixed|sticky)/);
});
