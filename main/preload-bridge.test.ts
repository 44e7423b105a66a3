import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type AppCommand } from '../app/ipc-contract';
import { createElectronBridge, isAppCommand, type BridgeIpc } from './preload-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A stand-in for `ipcRenderer` that records invocations and lets a test emit messages. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const ipc: BridgeIpc = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return { status: 'saved', fileName: 'brief.pdf' };
    },
    on: (channel, listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc internals' }, ...args);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { ipc, invoked, emit, count };
}

describe('createElectronBridge', () => {
  it('says it is the Electron bridge', () => {
    expect(createElectronBridge(fakeIpc().ipc).kind).toBe('electron');
  });

  it('sends cancelExport to main with the one empty argument its handler checks', async () => {
    const { ipc, invoked } = fakeIpc();
    await expect(createElectronBridge(ipc).cancelExport()).resolves.toBeUndefined();
    expect(invoked).toEqual([{ channel: IPC_CHANNELS.cancelExport, args: [{}] }]);
  });

  it('sends saveFile to main on the contract\'s channel', async () => {
    const { ipc, invoked } = fakeIpc();
    const request = { suggestedName: 'a.brief', mimeType: 'application/json' as const, content: '{}' };
    await createElectronBridge(ipc).saveFile(request);
    expect(invoked).toEqual([{ channel: IPC_CHANNELS.saveFile, args: [request] }]);
  });

  it('sends exportPdf to main on the contract\'s channel and returns main\'s answer', async () => {
    const { ipc, invoked } = fakeIpc();
    const request = { html: '<p>x</p>', suggestedName: 'b.pdf', title: 'B' };
    await expect(createElectronBridge(ipc).exportPdf(request)).resolves.toEqual({ status: 'saved', fileName: 'brief.pdf' });
    expect(invoked).toEqual([{ channel: IPC_CHANNELS.exportPdf, args: [request] }]);
  });

  it('hands the listener only the command string, never the IPC event, and only known commands', () => {
    const { ipc, emit } = fakeIpc();
    const received: unknown[][] = [];
    createElectronBridge(ipc).onDidRequestCommand((...args) => received.push(args));
    emit(IPC_CHANNELS.command, 'undo');
    emit(IPC_CHANNELS.command, 'rm -rf');
    emit(IPC_CHANNELS.command, { command: 'undo' });
    emit(IPC_CHANNELS.command, 'export-pdf', 'extra');
    expect(received).toEqual([['undo'], ['export-pdf']]);
  });

  it('returns a disposer that stops delivery', () => {
    const { ipc, emit, count } = fakeIpc();
    const received: AppCommand[] = [];
    const dispose = createElectronBridge(ipc).onDidRequestCommand((command) => received.push(command));
    expect(count(IPC_CHANNELS.command)).toBe(1);
    dispose();
    emit(IPC_CHANNELS.command, 'redo');
    expect(received).toEqual([]);
    expect(count(IPC_CHANNELS.command)).toBe(0);
  });
});

describe('isAppCommand', () => {
  it('accepts the contract\'s commands only', () => {
    expect(isAppCommand('review')).toBe(true);
    expect(isAppCommand('toString')).toBe(false);
    expect(isAppCommand(undefined)).toBe(false);
  });
});
