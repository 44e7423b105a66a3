/**
 * The desktop shell in the window: backs the database up (File › Back up database…, every ten
 * minutes while there are changes, and on quit), restores one (File › Restore from backup…,
 * or the offer made at start when the database cannot be opened or looks wiped while backups
 * exist), routes files the OS opened to their importer, lists the keyboard shortcuts, asks for
 * persistent storage and turns a full disk into a message the analyst can act on.
 */
import Dexie from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupInfo, BackupReason, SaveBackupResult } from '../../app/platform/desktop-contract';
import type { AppCommand, BriefingDeskBridge } from '../../app/platform/ipc-contract';
import { TAG_STYLES } from '../../app/model/tags';
import { createBackup, looksEmpty, restoreBackup } from '../storage/backup';
import type { BriefingDeskDatabase } from '../storage/database';
import { BackupSchedule } from '../features/backup/backup-schedule';
import { deliverOpenedFile, notOpenedMessage } from '../features/file-intake/deliver-opened-file';
import { ModalDialog } from '../ui/ModalDialog';
import { isQuotaError, QUOTA_MESSAGE } from '../storage/storage-errors';
import { errorMessage } from '../../app/model/error-message';

/** Props of {@link DesktopShell}. */
export interface DesktopShellProps {
  readonly db: BriefingDeskDatabase;
  readonly bridge: BriefingDeskBridge;
  readonly onError: (message: string | null) => void;
  readonly onStatus: (message: string) => void;
  /** Reloads the window after a restore so every view reads the restored data (a parameter for tests). */
  readonly reload?: () => void;
}

/** Why the start-up offer is made. */
type OfferReason = 'unopenable' | 'empty';

/** How often the automatic backup checks whether one is due. */
const CHECK_EVERY_MS = 60_000;

/** The shortcuts the Keyboard shortcuts dialog lists, as the keys are named on screen. */
const SHORTCUTS: readonly (readonly [string, string])[] = [
  ...TAG_STYLES.map((style) => [style.key.toUpperCase(), `Tag the selection ${style.label}`] as const),
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z', 'Redo'],
  ['Ctrl+Shift+H', 'Show or hide highlights'],
  ['Ctrl+B / Ctrl+I', 'Bold / italic in a note'],
  ['Ctrl+O', 'Import article'],
  ['Ctrl+Shift+O', 'Open brief'],
  ['Ctrl+Shift+S', 'Export brief'],
  ['Ctrl+P', 'Export PDF'],
];

/** The status line after a backup. */
function backedUpMessage(result: SaveBackupResult): string {
  return result.unchanged ? `Nothing changed since the last backup, ${result.name}.` : `Database backed up: ${result.name} in ${result.folder}.`;
}

/** Reloads the window (the default of `reload`; one function, so effects do not re-run). */
const reloadWindow = (): void => window.location.reload();

/** The desktop shell's behaviour and its two dialogs. */
export function DesktopShell({ db, bridge, onError, onStatus, reload = reloadWindow }: DesktopShellProps) {
  const [offer, setOffer] = useState<{ reason: OfferReason; backup: BackupInfo } | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
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
        if (!(await looksEmpty(db))) await backUp('automatic');
        const manifest = await restoreBackup(db, text);
        onError(null);
        onStatus(`Restored ${name}, made ${new Date(manifest.createdAt).toLocaleString()}.`);
        reload();
      } catch (e) {
        onError(`${name} was not restored; nothing was changed: ${errorMessage(e)}`);
      }
    },
    [backUp, db, onError, onStatus, reload],
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

  useEffect(
    () =>
      bridge.onDidRequestCommand((command: AppCommand) => {
        if (command === 'back-up-database') {
          backUp('manual')
            .then((result) => {
              onError(null);
              onStatus(backedUpMessage(result));
            })
            .catch((e: unknown) => onError(`The database was not backed up: ${errorMessage(e)}`));
        } else if (command === 'restore-backup') {
          bridge
            .chooseBackup()
            .then((chosen) => chosen && restore(chosen.name, chosen.text))
            .catch((e: unknown) => onError(`The backup could not be read: ${errorMessage(e)}`));
        } else if (command === 'back-up-before-quit') {
          // A wiped database is not backed up: it would become the newest backup, the one offered at start.
          void looksEmpty(db)
            .then(async (empty) => {
              if (empty) await bridge.skipQuitBackup();
              else await backUp('quit');
            })
            .catch(() => bridge.skipQuitBackup());
        } else if (command === 'keyboard-shortcuts') {
          setShowShortcuts(true);
        }
      }),
    [backUp, bridge, db, onError, onStatus, restore],
  );

  useEffect(
    () =>
      bridge.onDidOpenFile((file) => {
        if (!deliverOpenedFile(file)) onError(notOpenedMessage(file.name));
      }),
    [bridge, onError],
  );

  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent): void => {
      if (isQuotaError(event.reason)) onError(QUOTA_MESSAGE);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [onError]);

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
      {showShortcuts && (
        <ModalDialog titleId="shortcuts-title" onCancel={() => setShowShortcuts(false)} className="shortcuts-dialog">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <table className="shortcuts-table">
            <tbody>
              {SHORTCUTS.map(([keys, action]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-buttons">
            <button type="button" autoFocus onClick={() => setShowShortcuts(false)}>
              Close
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
