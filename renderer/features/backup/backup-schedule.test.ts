import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_INTERVAL_MS, BackupSchedule } from './backup-schedule';

const minute = 60_000;

describe('BackupSchedule', () => {
  it('is never due without changes', () => {
    const schedule = new BackupSchedule(0);
    expect(schedule.isDue(60 * minute)).toBe(false);
  });

  it('is due once there are changes and ten minutes have passed since the last backup, not before', () => {
    const schedule = new BackupSchedule(0);
    schedule.markChanged();
    expect(schedule.isDue(9 * minute)).toBe(false);
    expect(schedule.isDue(AUTO_BACKUP_INTERVAL_MS)).toBe(true);
    schedule.backedUp(10 * minute, false);
    schedule.markChanged();
    expect(schedule.isDue(15 * minute)).toBe(false);
    expect(schedule.isDue(20 * minute)).toBe(true);
  });

  it('keeps changes made while a backup ran for the next one', () => {
    const schedule = new BackupSchedule(0);
    schedule.markChanged();
    schedule.backedUp(10 * minute, true);
    expect(schedule.hasChanges).toBe(true);
    expect(schedule.isDue(20 * minute)).toBe(true);
  });
});
