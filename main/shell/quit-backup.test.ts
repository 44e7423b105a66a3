import { describe, expect, it } from 'vitest';
import { createQuitBackup } from './quit-backup';

/** A coordinator with a hand-driven timer, recording requests and quits. */
function setup(canRequest = true) {
  const log: string[] = [];
  let fire: (() => void) | undefined;
  const coordinator = createQuitBackup({
    requestBackup: () => {
      log.push('backup requested');
      return canRequest;
    },
    quit: () => log.push('quit'),
    timeoutMs: 5000,
    setTimer: (callback) => {
      fire = callback;
      return 'timer';
    },
    clearTimer: () => {
      fire = undefined;
      log.push('timer cleared');
    },
  });
  return { coordinator, log, fireTimer: () => fire?.() };
}

describe('createQuitBackup', () => {
  it('holds the first quit, asks for a backup, and quits once it is saved', () => {
    const { coordinator, log } = setup();
    expect(coordinator.beforeQuit()).toBe(true);
    expect(coordinator.beforeQuit()).toBe(true);
    coordinator.quitBackupFinished();
    expect(log).toEqual(['backup requested', 'timer cleared', 'quit']);
    expect(coordinator.beforeQuit()).toBe(false);
  });

  it('quits anyway when the backup does not come in time', () => {
    const { coordinator, log, fireTimer } = setup();
    coordinator.beforeQuit();
    fireTimer();
    expect(log).toEqual(['backup requested', 'timer cleared', 'quit']);
    coordinator.quitBackupFinished();
    expect(log.filter((entry) => entry === 'quit')).toHaveLength(1);
  });

  it('does not hold the quit when no window can back up', () => {
    const { coordinator, log } = setup(false);
    expect(coordinator.beforeQuit()).toBe(false);
    expect(log).toEqual(['backup requested']);
  });

  it('ignores a finished backup that nobody waited for', () => {
    const { coordinator, log } = setup();
    coordinator.quitBackupFinished();
    expect(log).toEqual([]);
    expect(coordinator.beforeQuit()).toBe(true);
  });
});
