import { describe, expect, it } from 'vitest';
import { Notifications, STATUS_MS, WORKING_AFTER_MS, type NotificationTimers } from './notifications';

/** Timers run by hand: `elapse(ms)` fires what is due. */
function manualTimers() {
  let now = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  let next = 0;
  const timers: NotificationTimers = {
    set: (run, ms) => {
      due.set(++next, { at: now + ms, run });
      return next;
    },
    clear: (id) => void due.delete(id as number),
  };
  const elapse = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...due]) {
      if (timer.at <= now) {
        due.delete(id);
        timer.run();
      }
    }
  };
  return { timers, elapse };
}

describe('Notifications', () => {
  it('clears a status after a few seconds, counting from the newest one', () => {
    const { timers, elapse } = manualTimers();
    const notifications = new Notifications(timers);
    notifications.status('Risk added.');
    elapse(STATUS_MS - 1000);
    notifications.status('Guarantee added.');
    elapse(2000);
    expect(notifications.getState().status).toBe('Guarantee added.');
    elapse(STATUS_MS);
    expect(notifications.getState().status).toBe('');
  });

  it('keeps an error until something clears it', async () => {
    const { timers, elapse } = manualTimers();
    const notifications = new Notifications(timers);
    await notifications.run(() => Promise.reject(new Error('disk gone')), 'The change was not saved');
    elapse(STATUS_MS * 3);
    expect(notifications.getState().error).toBe('The change was not saved: disk gone');
    await notifications.run(() => Promise.resolve(), 'unused', 'Saved.');
    expect(notifications.getState()).toEqual({ error: null, status: 'Saved.', working: null });
  });

  it('shows long work only once it has run half a second, and until it settles, failed or not', async () => {
    const { timers, elapse } = manualTimers();
    const notifications = new Notifications(timers);
    let finish!: () => void;
    const merge = notifications.during('Merging bob.brief', () => new Promise<void>((resolve) => (finish = resolve)));
    elapse(WORKING_AFTER_MS - 1);
    expect(notifications.getState().working).toBeNull();
    elapse(1);
    expect(notifications.getState().working).toBe('Merging bob.brief');
    let fail!: (e: Error) => void;
    const restore = notifications.during('Restoring a backup', () => new Promise<void>((_, reject) => (fail = reject)));
    elapse(WORKING_AFTER_MS);
    expect(notifications.getState().working).toBe('Merging bob.brief');
    finish();
    await merge;
    expect(notifications.getState().working).toBe('Restoring a backup');
    fail(new Error('broken'));
    await expect(restore).rejects.toThrow('broken');
    expect(notifications.getState().working).toBeNull();
  });

  it('never shows work that ends within half a second', async () => {
    const { timers, elapse } = manualTimers();
    const notifications = new Notifications(timers);
    const seen: (string | null)[] = [];
    notifications.subscribe(() => seen.push(notifications.getState().working));
    expect(await notifications.during('Importing', async () => 7)).toBe(7);
    elapse(WORKING_AFTER_MS * 2);
    expect(seen).toEqual([]);
  });
});
