/**
 * The backup on quit: the database lives in the renderer, so main holds the first quit back,
 * asks the window for a backup, and quits once that backup is saved, or after a time limit so
 * a hung or closed window can never keep the app from quitting.
 */

/** What the coordinator drives. */
export interface QuitBackupOptions {
  /** Asks the window to back up (sends the `back-up-before-quit` command); false when no window can. */
  readonly requestBackup: () => boolean;
  /** Quits for real (app.quit()). */
  readonly quit: () => void;
  /** How long to wait for the backup before quitting anyway. */
  readonly timeoutMs: number;
  /** Timer functions, parameters so tests control time. */
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

/** Hooks for `before-quit` and for a saved quit backup. */
export interface QuitBackup {
  /** Call from `before-quit`: returns true when the quit must be held back (preventDefault). */
  beforeQuit(): boolean;
  /** Call when a backup with reason `quit` has been written (or failed: quitting goes on). */
  quitBackupFinished(): void;
}

/** The coordinator: holds the first quit for one backup, then lets every quit through. */
export function createQuitBackup(options: QuitBackupOptions): QuitBackup {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'running' | 'waiting' | 'done' = 'running';
  let timer: unknown;

  const finish = (): void => {
    if (state !== 'waiting') return;
    state = 'done';
    clearTimer(timer);
    options.quit();
  };

  return {
    beforeQuit() {
      if (state === 'done') return false;
      if (state === 'waiting') return true;
      if (!options.requestBackup()) {
        state = 'done';
        return false;
      }
      state = 'waiting';
      timer = setTimer(finish, options.timeoutMs);
      return true;
    },
    quitBackupFinished: finish,
  };
}
