// @vitest-environment happy-dom
import { annotationOn } from '../../../app/testing/test-annotation';
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, SaveBackupRequest } from '../../../app/platform/desktop-contract';
import type { AppCommand } from '../../../app/platform/app-commands';
import type { BriefingDeskBridge } from '../../../app/platform/ipc-contract';
import { useWindowCommands } from '../../commands/use-window-commands';
import { createServices, ServicesProvider, type Services } from '../../services/services';
import { createBackup } from '../../storage/backup';
import { BriefingDeskDatabase } from '../../storage/database';
import { Backups } from './Backups';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A desktop bridge whose backups live in memory and whose menu commands the test sends. */
function fakeBridge(backups: { info: BackupInfo; text: string }[] = []) {
  let send: ((command: AppCommand) => void) | undefined;
  const saved: SaveBackupRequest[] = [];
  const bridge = {
    kind: 'electron',
    onDidRequestCommand: (listener: (command: AppCommand) => void) => {
      send = listener;
      return () => {
        send = undefined;
      };
    },
    onDidOpenFile: () => () => {},
    setCommandStates: async () => {},
    saveBackup: vi.fn(async (request: SaveBackupRequest) => {
      saved.push(request);
      return { name: `backup-${saved.length}.bdbackup`, folder: '/data/backups' };
    }),
    listBackups: async () => backups.map((backup) => backup.info),
    readBackup: async (name: string) => backups.find((backup) => backup.info.name === name)?.text ?? '',
    chooseBackup: vi.fn(async () => undefined as { name: string; text: string } | undefined),
    skipQuitBackup: vi.fn(async () => {}),
  };
  return { bridge, saved, command: (command: AppCommand) => act(async () => send?.(command)) };
}

let db: BriefingDeskDatabase;
let root: Root;
let services: Services;
let counter = 0;
const reload = vi.fn();

/** The window's command wiring, as the app has it: menu commands reach the registry. */
function Wired() {
  useWindowCommands(services);
  return <Backups reload={reload} />;
}

beforeEach(async () => {
  counter += 1;
  db = new BriefingDeskDatabase(`desktop-shell-${counter}`);
  await db.open();
  reload.mockReset();
});

afterEach(async () => {
  await act(async () => root.unmount());
  document.body.replaceChildren();
  await db.delete();
});

/** Renders the shell and lets its start-up check finish. */
async function mount(bridge: ReturnType<typeof fakeBridge>['bridge']) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  await act(async () => {
    services = createServices(db, bridge as unknown as BriefingDeskBridge);
    root.render(
      <ServicesProvider services={services}>
        <Wired />
      </ServicesProvider>,
    );
  });
  await act(async () => {});
}

/** A database someone has worked in. */
async function seedWork(target: BriefingDeskDatabase, name: string): Promise<void> {
  await target.table('settings').put({ key: 'analystName', value: name });
  await target.table('annotations').add(annotationOn('Risk', 'Risk', { id: 'a1', articleId: 'art', tag: 'risk', note: 'n' }));
}

describe('Backups', () => {
  it('backs the whole database up on File › Back up database… and says where', async () => {
    await seedWork(db, 'Ada');
    const { bridge, saved, command } = fakeBridge();
    await mount(bridge);
    await command('back-up-database');
    await vi.waitFor(() => expect(services.notifications.getState().status).toBe('Database backed up: backup-1.bdbackup in /data/backups.'));
    expect(saved[0]?.reason).toBe('manual');
    expect(saved[0]?.text).toMatch(/^\{"format":"briefing-desk-backup"/);
  });

  it('reports a failed backup in the alert with main\'s words', async () => {
    await seedWork(db, 'Ada');
    const { bridge, command } = fakeBridge();
    bridge.saveBackup.mockRejectedValueOnce(new Error('The backup was not saved: the disk is full.'));
    await mount(bridge);
    await command('back-up-database');
    await vi.waitFor(() => expect(services.notifications.getState().error).toBe('The database was not backed up: The backup was not saved: the disk is full.'));
  });

  it('restores a chosen backup after keeping the current work as a backup, then reloads', async () => {
    const other = new BriefingDeskDatabase(`desktop-shell-other-${counter}`);
    await seedWork(other, 'From backup');
    const text = await createBackup(other);
    await other.delete();
    await seedWork(db, 'Current');
    const { bridge, saved, command } = fakeBridge();
    bridge.chooseBackup.mockResolvedValueOnce({ name: 'chosen.bdbackup', text });
    await mount(bridge);
    await command('restore-backup');
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    expect(saved.map((request) => request.reason)).toEqual(['automatic']);
    expect(await db.table('settings').get('analystName')).toEqual({ key: 'analystName', value: 'From backup' });
  });

  it('leaves the database as it was when the chosen file is damaged, and says so', async () => {
    await seedWork(db, 'Current');
    const { bridge, command } = fakeBridge();
    bridge.chooseBackup.mockResolvedValueOnce({ name: 'broken.bdbackup', text: 'not a backup' });
    await mount(bridge);
    await command('restore-backup');
    await vi.waitFor(() => expect(services.notifications.getState().error).toMatch(/^broken\.bdbackup was not restored; nothing was changed: This file is not a Briefing Desk backup/));
    expect(reload).not.toHaveBeenCalled();
    expect(await db.table('settings').get('analystName')).toEqual({ key: 'analystName', value: 'Current' });
  });

  it('offers the newest backup when the database looks wiped, and restores it on request', async () => {
    const other = new BriefingDeskDatabase(`desktop-shell-newest-${counter}`);
    await seedWork(other, 'Ada');
    const text = await createBackup(other);
    await other.delete();
    const { bridge } = fakeBridge([{ info: { name: 'newest.bdbackup', bytes: text.length, modifiedAt: '2026-11-26T12:00:00Z' }, text }]);
    await mount(bridge);
    const offer = await vi.waitFor(() => {
      const dialog = document.querySelector('[role="alertdialog"]');
      if (!dialog) throw new Error('no offer yet');
      return dialog;
    });
    expect(offer.textContent).toContain('The database is empty');
    expect(offer.textContent).toContain('newest.bdbackup');
    const restore = [...offer.querySelectorAll('button')].find((button) => button.textContent === 'Restore newest backup');
    await act(async () => restore?.click());
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    expect(await db.table('settings').get('analystName')).toEqual({ key: 'analystName', value: 'Ada' });
  });

  it('makes no offer for an empty database when there is no backup (a first start)', async () => {
    await mount(fakeBridge().bridge);
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('backs up on quit, or tells main there is nothing to keep when the database looks wiped', async () => {
    const { bridge, saved, command } = fakeBridge();
    await mount(bridge);
    await command('back-up-before-quit');
    await vi.waitFor(() => expect(bridge.skipQuitBackup).toHaveBeenCalledTimes(1));
    expect(saved).toEqual([]);
    await seedWork(db, 'Ada');
    await command('back-up-before-quit');
    await vi.waitFor(() => expect(saved.map((request) => request.reason)).toEqual(['quit']));
    expect(bridge.skipQuitBackup).toHaveBeenCalledTimes(1);
  });
});
