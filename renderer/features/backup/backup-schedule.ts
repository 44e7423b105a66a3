/**
 * When the automatic backup runs: at most every ten minutes, and only when the database has
 * changed since the last one. Plain state, so the rule is tested without timers.
 */

/** The shortest time between two automatic backups. */
export const AUTO_BACKUP_INTERVAL_MS = 10 * 60 * 1000;

/** Tracks changes and the last backup's time. */
export class BackupSchedule {
  private changed = false;
  private lastBackupAt: number;

  /** `startedAt`: the app's start, so the first automatic backup comes ten minutes after it. */
  constructor(startedAt: number, private readonly intervalMs: number = AUTO_BACKUP_INTERVAL_MS) {
    this.lastBackupAt = startedAt;
  }

  /** Records that something in the database changed. */
  markChanged(): void {
    this.changed = true;
  }

  /** Whether an automatic backup is due at `now`. */
  isDue(now: number): boolean {
    return this.changed && now - this.lastBackupAt >= this.intervalMs;
  }

  /**
   * Records a backup that started at `startedAt`. Changes made while it ran are in it only if
   * they came before `startedAt`, so callers mark the start, then call this when it is saved.
   */
  backedUp(startedAt: number, changedSinceStart: boolean): void {
    this.lastBackupAt = startedAt;
    this.changed = changedSinceStart;
  }

  /** Whether there are changes no backup holds yet. */
  get hasChanges(): boolean {
    return this.changed;
  }
}
