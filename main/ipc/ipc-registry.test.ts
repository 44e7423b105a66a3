import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../app/platform/ipc-contract';
import { APP_ENTRY_URL } from '../protocol/app-origin';
import type { InvokeEvent } from './ipc-guard';
import { EVENT_CHANNELS, handleGuarded, IPC_HANDLERS, type HandledChannel, type HandleRegistrar } from './ipc-registry';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** Registers every channel of the registry with a handler that records being reached. */
function registerAll() {
  const listeners = new Map<string, Listener>();
  const reached: string[] = [];
  const ipc: HandleRegistrar = { handle: (channel, listener) => void listeners.set(channel, listener) };
  for (const channel of Object.keys(IPC_HANDLERS) as HandledChannel[]) {
    handleGuarded(ipc, channel, APP_ENTRY_URL, async () => {
      reached.push(channel);
      return 'ran';
    });
  }
  return { listeners, reached };
}

const appFrame: InvokeEvent = { senderFrame: { url: APP_ENTRY_URL, parent: null } };
const foreignSenders: InvokeEvent[] = [
  { senderFrame: null },
  { senderFrame: { url: APP_ENTRY_URL, parent: {} } },
  { senderFrame: { url: 'https://example.com/', parent: null } },
  { senderFrame: { url: 'file:///home/user/evil.html', parent: null } },
  { senderFrame: { url: 'app://other-app/', parent: null } },
];
// Not one channel accepts any of these: each wants one strict object.
const wrongShapes: unknown[][] = [[], ['text'], [null], [42], [[]], [{ unexpected: true }], [{}, {}]];

/** A valid request per channel, to show the guard lets the right one through. */
const validRequests: Record<HandledChannel, unknown> = {
  [IPC_CHANNELS.exportPdf]: { html: '<p>x</p>', suggestedName: 'b.pdf', title: 'B' },
  [IPC_CHANNELS.cancelExport]: {},
  [IPC_CHANNELS.saveFile]: { suggestedName: 'a.brief', mimeType: 'application/json', content: '{}' },
  [IPC_CHANNELS.saveBackup]: { text: 'manifest\nexport', reason: 'manual' },
  [IPC_CHANNELS.listBackups]: {},
  [IPC_CHANNELS.readBackup]: { name: 'briefing-desk-20261126T120000000Z-manual.bdbackup' },
  [IPC_CHANNELS.chooseBackup]: {},
  [IPC_CHANNELS.openExternal]: { url: 'https://example.com/article' },
  [IPC_CHANNELS.osAccountName]: {},
  [IPC_CHANNELS.openFileReady]: {},
  [IPC_CHANNELS.skipQuitBackup]: {},
  [IPC_CHANNELS.commandStates]: { undo: { enabled: true, label: 'Undo add Risk' }, 'export-pdf': { enabled: false } },
};

describe('IPC_HANDLERS', () => {
  it('covers every channel of the contract that is not an event', () => {
    const handled = Object.values(IPC_CHANNELS).filter((channel) => !EVENT_CHANNELS.includes(channel));
    expect(Object.keys(IPC_HANDLERS).sort()).toEqual([...handled].sort());
  });

  it.each(Object.keys(IPC_HANDLERS) as HandledChannel[])('%s runs for the app\'s own frame with a valid request', async (channel) => {
    const { listeners, reached } = registerAll();
    await expect(listeners.get(channel)?.(appFrame, validRequests[channel])).resolves.toBe('ran');
    expect(reached).toEqual([channel]);
  });

  it.each(Object.keys(IPC_HANDLERS) as HandledChannel[])('%s refuses a sender that is not the app\'s main frame', async (channel) => {
    const { listeners, reached } = registerAll();
    for (const event of foreignSenders) {
      await expect(listeners.get(channel)?.(event, validRequests[channel])).rejects.toThrow('did not come from the Briefing Desk window');
    }
    expect(reached).toEqual([]);
  });

  it.each(Object.keys(IPC_HANDLERS) as HandledChannel[])('%s refuses arguments of the wrong shape', async (channel) => {
    const { listeners, reached } = registerAll();
    for (const args of wrongShapes) {
      await expect(listeners.get(channel)?.(appFrame, ...args)).rejects.toThrow(`${IPC_HANDLERS[channel].action} refused`);
    }
    expect(reached).toEqual([]);
  });
});

describe('channel-specific refusals', () => {
  it('reads no file outside the backups folder and opens no link but http(s)', async () => {
    const { listeners, reached } = registerAll();
    for (const name of ['../../.ssh/id_rsa', '/etc/passwd', 'briefing-desk-x-manual.bdbackup']) {
      await expect(listeners.get(IPC_CHANNELS.readBackup)?.(appFrame, { name })).rejects.toThrow('Read backup refused');
    }
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://briefing-desk/', 'ms-settings:', 'https://']) {
      await expect(listeners.get(IPC_CHANNELS.openExternal)?.(appFrame, { url })).rejects.toThrow('Open link refused');
    }
    await expect(listeners.get(IPC_CHANNELS.saveBackup)?.(appFrame, { text: 'x', reason: 'cron' })).rejects.toThrow('Back up database refused');
    expect(reached).toEqual([]);
  });
});
