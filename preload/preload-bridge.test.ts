import { describe, expect, it } from 'vitest';
import { isAppCommand, type AppCommand } from '../app/platform/app-commands';
import { IPC_CHANNELS } from '../app/platform/ipc-contract';
import { createElectronBridge, type BridgeIpc } from './preload-bridge';

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

describe('the desktop shell\'s bridge methods', () => {
  it('send each request as one object on its contract channel', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createElectronBridge(ipc);
    await bridge.saveBackup({ text: 'm\ne', reason: 'manual' });
    await bridge.listBackups();
    await bridge.readBackup('briefing-desk-20261126T120000000Z-manual.bdbackup');
    await bridge.chooseBackup();
    await bridge.openExternal('https://example.com/');
    await bridge.skipQuitBackup();
    expect(invoked).toEqual([
      { channel: IPC_CHANNELS.saveBackup, args: [{ text: 'm\ne', reason: 'manual' }] },
      { channel: IPC_CHANNELS.listBackups, args: [{}] },
      { channel: IPC_CHANNELS.readBackup, args: [{ name: 'briefing-desk-20261126T120000000Z-manual.bdbackup' }] },
      { channel: IPC_CHANNELS.chooseBackup, args: [{}] },
      { channel: IPC_CHANNELS.openExternal, args: [{ url: 'https://example.com/' }] },
      { channel: IPC_CHANNELS.skipQuitBackup, args: [{}] },
    ]);
  });

  it('hands onDidOpenFile listeners only {name, text} or {name, bytes}, never the event or extra fields, and stops on dispose', () => {
    const { ipc, emit, count, invoked } = fakeIpc();
    const received: unknown[][] = [];
    const dispose = createElectronBridge(ipc).onDidOpenFile((...args) => received.push(args));
    emit(IPC_CHANNELS.openFile, { name: 'team.brief', text: '{}', path: '/home/ada/team.brief' });
    emit(IPC_CHANNELS.openFile, { name: 'statement.pdf', bytes: new Uint8Array([37, 80]), path: '/home/ada/statement.pdf' });
    emit(IPC_CHANNELS.openFile, 'team.brief');
    emit(IPC_CHANNELS.openFile, { name: 'x.brief' });
    emit(IPC_CHANNELS.openFile, { name: 'x.pdf', bytes: [37, 80] });
    emit(IPC_CHANNELS.openFile, null);
    expect(received).toEqual([[{ name: 'team.brief', text: '{}' }], [{ name: 'statement.pdf', bytes: new Uint8Array([37, 80]) }]]);
    expect(invoked).toEqual([{ channel: IPC_CHANNELS.openFileReady, args: [{}] }]);
    dispose();
    expect(count(IPC_CHANNELS.openFile)).toBe(0);
  });

  it('exposes functions and the kind only: no ipcRenderer, no send or invoke of its own', () => {
    const { ipc } = fakeIpc();
    const bridge = createElectronBridge(ipc) as Record<string, unknown>;
    expect(bridge['kind']).toBe('electron');
    for (const [key, value] of Object.entries(bridge).filter(([name]) => name !== 'kind')) {
      expect(typeof value, key).toBe('function');
      expect(value, key).not.toBe(ipc.invoke);
    }
    expect(Object.keys(bridge).filter((key) => /ipc|^send$|^invoke$|^on$/i.test(key))).toEqual([]);
  });
});
