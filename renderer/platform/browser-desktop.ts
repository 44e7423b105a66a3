/**
 * The browser bridge's side of the desktop shell's methods: a page keeps no backups folder and
 * receives no files from the OS, so backups are downloads and picks from a file input, links
 * open in a new tab, and no file ever arrives.
 */
import type { BackupFile, BackupInfo, OpenedFile, SaveBackupRequest, SaveBackupResult } from '../../app/platform/desktop-contract';
import { saveBackupRequestSchema } from '../../app/platform/desktop-contract';
import { isWebLink } from '../../app/model/web-address';
import type { BriefingDeskBridge } from '../../app/platform/ipc-contract';

/** The desktop-shell methods of the browser bridge. */
export type BrowserDesktopMethods = Pick<BriefingDeskBridge, 'saveBackup' | 'listBackups' | 'readBackup' | 'chooseBackup' | 'skipQuitBackup' | 'openExternal' | 'onDidOpenFile' | 'osAccountName'>;

/** A backup's download name: the date, so several downloads sort in order. */
function downloadName(reason: string): string {
  return `briefing-desk-${new Date().toISOString().replace(/[:.]/g, '-')}-${reason}.bdbackup`;
}

/** Asks the user for one file through a file input; resolves `undefined` when they cancel. */
function pickFile(accept: string): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}

/** The methods, with `openWindow` (the page's `window.open`) as a parameter for tests. */
export function browserDesktopMethods(openWindow: typeof window.open): BrowserDesktopMethods {
  return {
    async saveBackup(request: SaveBackupRequest): Promise<SaveBackupResult> {
      const { text, reason } = saveBackupRequestSchema.parse(request);
      const name = downloadName(reason);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      // Revoked later: the download reads the blob after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { name, folder: 'your downloads' };
    },
    async listBackups(): Promise<readonly BackupInfo[]> {
      return [];
    },
    async readBackup(): Promise<string> {
      throw new Error('A browser keeps no backups folder: choose a backup file with Restore from backup.');
    },
    async chooseBackup(): Promise<BackupFile | undefined> {
      const file = await pickFile('.bdbackup,application/json');
      return file === undefined ? undefined : { name: file.name, text: await file.text() };
    },
    async skipQuitBackup(): Promise<void> {
      // A browser tab never asks for a backup before closing.
    },
    async osAccountName(): Promise<undefined> {
      // A page has no account name to read: the analyst signs as the placeholder until named.
      return undefined;
    },
    async openExternal(url: string): Promise<void> {
      if (!isWebLink(url)) throw new Error('Only http and https links open outside the app.');
      openWindow(url, '_blank', 'noopener,noreferrer');
    },
    onDidOpenFile(_listener: (file: OpenedFile) => void): () => void {
      // The OS hands files only to the desktop app.
      return () => {};
    },
  };
}
