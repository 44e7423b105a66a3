/**
 * The Electron implementation of `BriefingDeskBridge`, built over the few `ipcRenderer`
 * methods it needs so it is tested with a fake. The page gets plain functions only: never
 * `ipcRenderer`, never an IPC event object, and only command strings of the contract.
 */
import { isAppCommand } from '../app/platform/app-commands';
import { IPC_CHANNELS, type BriefingDeskBridge, type ExportPdfResult, type SaveFileResult } from '../app/platform/ipc-contract';
import type { BackupFile, BackupInfo, OpenedFile, SaveBackupResult } from '../app/platform/desktop-contract';

/** The `ipcRenderer` methods the bridge uses (Electron's `ipcRenderer` satisfies it). */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Whether `value` is a file main sent to open: a name and its text or its bytes. */
export function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null || typeof Reflect.get(value, 'name') !== 'string') return false;
  return typeof Reflect.get(value, 'text') === 'string' || Reflect.get(value, 'bytes') instanceof Uint8Array;
}

/** Only the name and the content of an opened file reach the page, nothing else main's message held. */
function openedFileOnly(file: OpenedFile): OpenedFile {
  return 'text' in file ? { name: file.name, text: file.text } : { name: file.name, bytes: file.bytes };
}

/** The bridge the preload exposes as `window.briefingDesk`. */
export function createElectronBridge(ipc: BridgeIpc) {
  return {
    kind: 'electron',
    // Main validates the request and answers with an ExportPdfResult or rejects with a message.
    exportPdf: (request) => ipc.invoke(IPC_CHANNELS.exportPdf, request) as Promise<ExportPdfResult>,
    cancelExport: async () => {
      await ipc.invoke(IPC_CHANNELS.cancelExport, {});
    },
    // Main validates the request, asks where to save and writes the file atomically.
    saveFile: (request) => ipc.invoke(IPC_CHANNELS.saveFile, request) as Promise<SaveFileResult>,
    onDidRequestCommand: (listener) => {
      const relay = (_event: unknown, command: unknown): void => {
        if (isAppCommand(command)) listener(command);
      };
      ipc.on(IPC_CHANNELS.command, relay);
      return () => {
        ipc.removeListener(IPC_CHANNELS.command, relay);
      };
    },
    setCommandStates: async (states) => {
      await ipc.invoke(IPC_CHANNELS.commandStates, states);
    },
    // Backups: main checks each request and writes or reads only its own backups folder.
    saveBackup: (request) => ipc.invoke(IPC_CHANNELS.saveBackup, request) as Promise<SaveBackupResult>,
    listBackups: () => ipc.invoke(IPC_CHANNELS.listBackups, {}) as Promise<readonly BackupInfo[]>,
    readBackup: (name) => ipc.invoke(IPC_CHANNELS.readBackup, { name }) as Promise<string>,
    chooseBackup: async () => ((await ipc.invoke(IPC_CHANNELS.chooseBackup, {})) ?? undefined) as BackupFile | undefined,
    skipQuitBackup: async () => {
      await ipc.invoke(IPC_CHANNELS.skipQuitBackup, {});
    },
    openExternal: async (url) => {
      await ipc.invoke(IPC_CHANNELS.openExternal, { url });
    },
    osAccountName: async () => {
      const name = await ipc.invoke(IPC_CHANNELS.osAccountName, {});
      return typeof name === 'string' ? name : undefined;
    },
    onDidOpenFile: (listener) => {
      const relay = (_event: unknown, file: unknown): void => {
        if (isOpenedFile(file)) listener(openedFileOnly(file));
      };
      ipc.on(IPC_CHANNELS.openFile, relay);
      // Main holds files opened before the page listened (a launch's arguments) until this.
      void ipc.invoke(IPC_CHANNELS.openFileReady, {});
      return () => {
        ipc.removeListener(IPC_CHANNELS.openFile, relay);
      };
    },
  } as const satisfies BriefingDeskBridge;
}
