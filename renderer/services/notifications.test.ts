import { describe, expect, it } from 'vitest';
import { Notifications, STATUS_MS, type NotificationTimers } from './notifications';

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
    expect(notifications.getState()).toEqual({ error: null, status: 'Saved.' });
  });
});
