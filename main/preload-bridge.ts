/**
 * The Electron implementation of `BriefingDeskBridge`, built over the few `ipcRenderer`
 * methods it needs so it is tested with a fake. The page gets plain functions only: never
 * `ipcRenderer`, never an IPC event object, and only command strings of the contract.
 */
import {
  APP_COMMANDS,
  IPC_CHANNELS,
  type AppCommand,
  type BriefingDeskBridge,
  type ExportPdfResult,
  type SaveFileResult,
} from '../app/ipc-contract';

/** The `ipcRenderer` methods the bridge uses (Electron's `ipcRenderer` satisfies it). */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Whether `value` is one of the contract's app commands. */
export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
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
  } as const satisfies BriefingDeskBridge;
}
