/**
 * Every `ipcMain.handle` channel with the action name and argument schema its guard uses. Main
 * registers handlers through `handleGuarded`, so no channel can skip the sender and shape
 * checks, and the registry's test sends each one a foreign sender and wrong-shaped arguments.
 */
import { z } from 'zod';
import { commandStatesSchema } from '../../app/platform/app-commands';
import { emptyRequestSchema, openExternalRequestSchema, readBackupRequestSchema, saveBackupRequestSchema } from '../../app/platform/desktop-contract';
import { cancelExportRequestSchema, exportPdfRequestSchema, IPC_CHANNELS, saveFileRequestSchema } from '../../app/platform/ipc-contract';
import { guardedHandler, type InvokeEvent } from './ipc-guard';

/** The channels main sends on rather than handles (events for the renderer). */
export const EVENT_CHANNELS: readonly string[] = [IPC_CHANNELS.command, IPC_CHANNELS.openFile];

/** Each handled channel's action (for error messages) and the schema of its one argument. */
export const IPC_HANDLERS = {
  [IPC_CHANNELS.exportPdf]: { action: 'Export PDF', schema: exportPdfRequestSchema },
  [IPC_CHANNELS.cancelExport]: { action: 'Cancel export', schema: cancelExportRequestSchema },
  [IPC_CHANNELS.saveFile]: { action: 'Save file', schema: saveFileRequestSchema },
  [IPC_CHANNELS.saveBackup]: { action: 'Back up database', schema: saveBackupRequestSchema },
  [IPC_CHANNELS.listBackups]: { action: 'List backups', schema: emptyRequestSchema },
  [IPC_CHANNELS.readBackup]: { action: 'Read backup', schema: readBackupRequestSchema },
  [IPC_CHANNELS.chooseBackup]: { action: 'Restore from backup', schema: emptyRequestSchema },
  [IPC_CHANNELS.openExternal]: { action: 'Open link', schema: openExternalRequestSchema },
  [IPC_CHANNELS.osAccountName]: { action: 'Read the account name', schema: emptyRequestSchema },
  [IPC_CHANNELS.openFileReady]: { action: 'Receive opened files', schema: emptyRequestSchema },
  [IPC_CHANNELS.skipQuitBackup]: { action: 'Skip the quit backup', schema: emptyRequestSchema },
  [IPC_CHANNELS.commandStates]: { action: 'Update the menu', schema: commandStatesSchema },
} as const;

/** A channel main handles. */
export type HandledChannel = keyof typeof IPC_HANDLERS;

/** The validated argument a channel's handler receives. */
export type RequestOf<C extends HandledChannel> = z.infer<(typeof IPC_HANDLERS)[C]['schema']>;

/** The part of `ipcMain` registration uses. */
export interface HandleRegistrar {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** Registers `handle` for `channel` behind the guard, with the registry's action and schema. */
export function handleGuarded<C extends HandledChannel, R>(
  ipc: HandleRegistrar,
  channel: C,
  appUrl: string,
  handle: (request: RequestOf<C>) => Promise<R>,
): void {
  const { action, schema } = IPC_HANDLERS[channel];
  ipc.handle(channel, guardedHandler({ action, appUrl, schema: schema as unknown as z.ZodType<RequestOf<C>>, handle }));
}
