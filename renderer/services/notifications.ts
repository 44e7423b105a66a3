/**
 * What the window tells the analyst: one alert (an error to act on, or none, which stays until
 * something succeeds) and one passing status line, which clears itself after a few seconds so
 * an old message never reads as news. Every part of the UI reports here instead of threading
 * callbacks through its parents; the window shows the state in its `alert` and `status` regions.
 * Work that may take a while (a merge, a restore, an import) also names itself here, and the
 * status bar shows a progress bar for it once it has run half a second.
 */
import { storageErrorMessage } from '../storage/storage-error';

/** The alert and the status line. */
export interface NotificationState {
  readonly error: string | null;
  readonly status: string;
  /** What long work is under way and has run past {@link WORKING_AFTER_MS} (`Merging bob.brief`), or null. */
  readonly working: string | null;
}

/** How long work runs before its progress bar shows: quicker work would only flash it. */
export const WORKING_AFTER_MS = 500;

/** How long a status message shows. */
export const STATUS_MS = 7000;

/** Timers, a parameter so tests can run them by hand. */
export interface NotificationTimers {
  readonly set: (run: () => void, ms: number) => unknown;
  readonly clear: (timer: unknown) => void;
}

const WINDOW_TIMERS: NotificationTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** The window's notifications, as a store (`getState`/`subscribe` for `useSyncExternalStore`). */
export class Notifications {
  private state: NotificationState = { error: null, status: '', working: null };
  /** The long work under way, oldest first, and whether each has run long enough to show. */
  private readonly underway: { readonly label: string; shown: boolean }[] = [];
  private readonly listeners = new Set<() => void>();
  private statusTimer: unknown;

  constructor(private readonly timers: NotificationTimers = WINDOW_TIMERS) {}

  /** The current alert and status. */
  readonly getState = (): NotificationState => this.state;

  /** Calls `listener` after every change; returns the disposer. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Shows `message` in the alert region; null clears it. */
  readonly error = (message: string | null): void => this.set({ ...this.state, error: message });

  /** Shows a passing status message. */
  readonly status = (message: string): void => this.set({ ...this.state, status: message });

  /**
   * Runs a stored action: on success the alert clears (and `done`, if given, shows as the
   * status); on failure the alert says `failure` and why, in storage's words. Resolves to
   * whether it succeeded; never rejects.
   */
  async run(action: () => Promise<unknown>, failure: string, done?: string): Promise<boolean> {
    try {
      await action();
      this.set({ ...this.state, error: null, status: done ?? this.state.status });
      return true;
    } catch (e) {
      this.error(`${failure}: ${storageErrorMessage(e)}`);
      return false;
    }
  }

  /**
   * Runs `work`, showing `label` with a progress bar from {@link WORKING_AFTER_MS} until it
   * settles; resolves or rejects as `work` does. With several at once the oldest shows.
   */
  async during<T>(label: string, work: () => Promise<T>): Promise<T> {
    const entry = { label, shown: false };
    this.underway.push(entry);
    const timer = this.timers.set(() => {
      entry.shown = true;
      this.showWorking();
    }, WORKING_AFTER_MS);
    try {
      return await work();
    } finally {
      this.timers.clear(timer);
      this.underway.splice(this.underway.indexOf(entry), 1);
      this.showWorking();
    }
  }

  private showWorking(): void {
    const working = this.underway.find((entry) => entry.shown)?.label ?? null;
    if (working === this.state.working) return;
    this.state = { ...this.state, working };
    for (const listener of this.listeners) listener();
  }

  private set(next: NotificationState): void {
    if (next.status !== this.state.status || next.status) {
      this.timers.clear(this.statusTimer);
      this.statusTimer = next.status ? this.timers.set(() => this.set({ ...this.state, status: '' }), STATUS_MS) : undefined;
    }
    if (next.error === this.state.error && next.status === this.state.status) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
