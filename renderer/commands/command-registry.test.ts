import { describe, expect, it } from 'vitest';
import { CommandRegistry } from './command-registry';

describe('CommandRegistry', () => {
  it('disables a command nothing handles, and runs the newest handler of one that is', () => {
    const registry = new CommandRegistry();
    const ran: string[] = [];
    expect(registry.getStates()['export-pdf']).toEqual({ enabled: false });
    expect(registry.execute('export-pdf')).toBe(false);
    const first = registry.register('export-pdf', { run: () => ran.push('first') });
    const second = registry.register('export-pdf', { run: () => ran.push('second') });
    expect(registry.execute('export-pdf')).toBe(true);
    second();
    registry.execute('export-pdf');
    first();
    expect(registry.execute('export-pdf')).toBe(false);
    expect(ran).toEqual(['second', 'first']);
  });

  it('re-reads enabled states and labels when told, keeping the same snapshot until then', () => {
    const registry = new CommandRegistry();
    let enabled = false;
    let heard = 0;
    registry.subscribe(() => heard++);
    registry.register('review', { run: () => {}, isEnabled: () => enabled, label: () => (enabled ? 'Review (3)' : undefined) });
    const before = registry.getStates();
    expect(before.review).toEqual({ enabled: false });
    enabled = true;
    expect(registry.getStates()).toBe(before);
    registry.invalidate();
    expect(registry.getStates().review).toEqual({ enabled: true, label: 'Review (3)' });
    expect(registry.execute('review')).toBe(true);
    expect(heard).toBe(2);
  });

  it('leaves main\'s own signals out of the states it reports', () => {
    expect(Object.keys(new CommandRegistry().getStates())).not.toContain('back-up-before-quit');
  });
});
