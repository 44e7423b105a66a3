/**
 * Database backups: backs the database up (File › Back up database…, every ten minutes while
 * there are changes, and on quit), restores one (File › Restore from backup…, or the offer made
 * at start when the database cannot be opened or looks wiped while backups exist), and asks
 * for persistent storage.
 */
import Dexie from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupInfo, BackupReason, SaveBackupResult } from '../../../app/platform/desktop-contract';
import { errorMessage } from '../../../app/model/error-message';
import { useCommand } from '../../commands/use-command';
import { useServices } from '../../services/services';
import { createBackup, looksEmpty, restoreBackup } from '../../storage/backup';
import { ModalDialog } from '../../ui/ModalDialog';
import { BackupSchedule } from './backup-schedule';

/** Props of {@link Backups}. */
export interface BackupsProps {
  /** Reloads the window after a restore so every view reads the restored data (a parameter for tests). */
  readonly reload?: () => void;
}

/** Why the start-up offer is made. */
type OfferReason = 'unopenable' | 'empty';

/** How often the automatic backup checks whether one is due. */
const CHECK_EVERY_MS = 60_000;

/** The status line after a backup. */
function backedUpMessage(result: SaveBackupResult): string {
  return result.unchanged ? `Nothing changed since the last backup, ${result.name}.` : `Database backed up: ${result.name} in ${result.folder}.`;
}

/** Reloads the window (the default of `reload`; one function, so effects do not re-run). */
const reloadWindow = (): void => window.location.reload();

/** The backup commands, the automatic and quit backups, and the restore offer at start. */
export function Backups({ reload = reloadWindow }: BackupsProps) {
  const { db, bridge, notifications } = useServices();
  const { error: onError, status: onStatus } = notifications;
  const [offer, setOffer] = useState<{ reason: OfferReason; backup: BackupInfo } | null>(null);
  const schedule = useRef(new BackupSchedule(Date.now()));
  const changeCount = useRef(0);
  const backingUp = useRef(false);
  const desktop = bridge.kind === 'electron';

  const backUp = useCallback(
    async (reason: BackupReason): Promise<SaveBackupResult> => {
      backingUp.current = true;
      const startedAt = Date.now();
      const changesAtStart = changeCount.current;
      try {
        const result = await bridge.saveBackup({ text: await createBackup(db), reason });
        schedule.current.backedUp(startedAt, changeCount.current !== changesAtStart);
        return result;
      } finally {
        backingUp.current = false;
      }
    },
    [bridge, db],
  );

  const restore = useCallback(
    async (name: string, text: string) => {
      try {
        // The work in the database now is kept as a backup first, unless there is none to keep.
        const manifest = await notifications.during(`Restoring ${name}`, async () => {
          if (!(await looksEmpty(db))) await backUp('automatic');
          return restoreBackup(db, text);
        });
        onError(null);
        onStatus(`Restored ${name}, made ${new Date(manifest.createdAt).toLocaleString()}.`);
        reload();
      } catch (e) {
        onError(`${name} was not restored; nothing was changed: ${errorMessage(e)}`);
      }
    },
    [backUp, db, notifications, onError, onStatus, reload],
  );

  useEffect(() => {
    // Where the platform offers it, ask that the database never be evicted under storage pressure.
    void navigator.storage?.persist?.().catch(() => false);
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let reason: OfferReason | undefined;
      try {
        await db.open();
        if (await looksEmpty(db)) reason = 'empty';
      } catch {
        reason = 'unopenable';
      }
      if (reason === undefined) return;
      const [newest] = await bridge.listBackups();
      if (!cancelled && newest) setOffer({ reason, backup: newest });
    })().catch((e: unknown) => onError(`The backups could not be listed: ${errorMessage(e)}`));
    return () => {
      cancelled = true;
    };
  }, [bridge, db, onError]);

  useEffect(() => {
    const onChange = (): void => {
      changeCount.current += 1;
      schedule.current.markChanged();
    };
    Dexie.on('storagemutated', onChange);
    return () => Dexie.on('storagemutated').unsubscribe(onChange);
  }, []);

  useEffect(() => {
    if (!desktop) return;
    const timer = setInterval(() => {
      if (backingUp.current || !schedule.current.isDue(Date.now())) return;
      backUp('automatic').catch((e: unknown) => onError(`The automatic backup failed: ${errorMessage(e)}`));
    }, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [backUp, desktop, onError]);

  useCommand('back-up-database', {
    run: () =>
      backUp('manual')
        .then((result) => {
          onError(null);
          onStatus(backedUpMessage(result));
        })
        .catch((e: unknown) => onError(`The database was not backed up: ${errorMessage(e)}`)),
  });
  useCommand('restore-backup', {
    run: () =>
      bridge
        .chooseBackup()
        .then((chosen) => chosen && restore(chosen.name, chosen.text))
        .catch((e: unknown) => onError(`The backup could not be read: ${errorMessage(e)}`)),
  });
  useCommand('back-up-before-quit', {
    // A wiped database is not backed up: it would become the newest backup, the one offered at start.
    run: () =>
      looksEmpty(db)
        .then(async (empty) => {
          if (empty) await bridge.skipQuitBackup();
          else await backUp('quit');
        })
        .catch(() => bridge.skipQuitBackup()),
  });

  const acceptOffer = useCallback(async () => {
    if (!offer) return;
    const { backup, reason } = offer;
    setOffer(null);
    try {
      if (reason === 'unopenable') {
        // A database that cannot be opened is recreated empty, then filled from the backup.
        db.close();
        await db.delete();
        await db.open();
      }
      await restore(backup.name, await bridge.readBackup(backup.name));
    } catch (e) {
      onError(`${backup.name} was not restored: ${errorMessage(e)}`);
    }
  }, [bridge, db, offer, onError, restore]);

  return (
    <>
      {offer && (
        <ModalDialog role="alertdialog" titleId="restore-offer-title" descriptionId="restore-offer-text" onCancel={() => setOffer(null)}>
          <h2 id="restore-offer-title">{offer.reason === 'unopenable' ? 'The database could not be opened' : 'The database is empty'}</h2>
          <p id="restore-offer-text">
            {offer.reason === 'unopenable'
              ? 'Your annotations could not be read. '
              : 'No annotations and no analyst name were found, though backups exist. '}
            Restore the newest backup, made {new Date(offer.backup.modifiedAt).toLocaleString()}?
          </p>
          <p className="backup-name">{offer.backup.name}</p>
          <div className="dialog-buttons">
            <button type="button" onClick={() => setOffer(null)}>
              Start empty
            </button>
            <button type="button" autoFocus onClick={() => void acceptOffer()}>
              Restore newest backup
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
