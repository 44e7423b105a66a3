// A stand-in for the Electron preload's bridge, installed into the page before the app loads,
// so the desktop shell's menu commands, backups and OS-opened files run in plain Chromium. The
// "main process" here keeps backups in sessionStorage (they survive the reload after a
// restore) and lets the spec send commands and files through window.fakeDesktop.
import type { Page } from '@playwright/test';

/** Installs the fake bridge in every document `page` loads. */
export async function installFakeDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Listener = (value: unknown) => void;
    const commandListeners = new Set<Listener>();
    const fileListeners = new Set<Listener>();
    const stored = (): { name: string; text: string; modifiedAt: string }[] => JSON.parse(sessionStorage.getItem('fake-backups') ?? '[]');
    const store = (backups: { name: string; text: string; modifiedAt: string }[]) => sessionStorage.setItem('fake-backups', JSON.stringify(backups));
    const subscribe = (set: Set<Listener>) => (listener: Listener) => {
      set.add(listener);
      return () => set.delete(listener);
    };
    const bridge = {
      kind: 'electron',
      exportPdf: async () => ({ status: 'cancelled' }),
      cancelExport: async () => {},
      saveFile: async () => ({ status: 'cancelled' }),
      onDidRequestCommand: subscribe(commandListeners),
      onDidOpenFile: subscribe(fileListeners),
      saveBackup: async ({ text, reason }: { text: string; reason: string }) => {
        const backups = stored();
        const name = `briefing-desk-2026112${backups.length}T120000000Z-${reason}.bdbackup`;
        store([{ name, text, modifiedAt: new Date().toISOString() }, ...backups]);
        return { name, folder: '/fake/userData/backups' };
      },
      listBackups: async () => stored().map(({ name, text, modifiedAt }) => ({ name, bytes: text.length, modifiedAt })),
      readBackup: async (name: string) => stored().find((backup) => backup.name === name)?.text ?? '',
      chooseBackup: async () => {
        const [newest] = stored();
        return newest && { name: newest.name, text: newest.text };
      },
      skipQuitBackup: async () => {},
      openExternal: async () => {},
      // The account name main would read; a spec sets it in sessionStorage before the app loads.
      osAccountName: async () => sessionStorage.getItem('fake-os-account') ?? undefined,
      setCommandStates: async (states: unknown) => {
        Object.assign(window, { fakeCommandStates: states });
      },
    };
    Object.defineProperty(window, 'briefingDesk', { value: bridge });
    Object.defineProperty(window, 'fakeDesktop', {
      value: {
        command: (command: string) => commandListeners.forEach((listener) => listener(command)),
        // A PDF comes as `bytes`, a list of numbers (what page.evaluate can carry), made a Uint8Array as main sends it.
        openFile: (file: { name: string; text?: string; bytes?: number[] }) =>
          fileListeners.forEach((listener) => listener(file.bytes ? { name: file.name, bytes: Uint8Array.from(file.bytes) } : file)),
        backups: () => stored().map((backup) => backup.name),
      },
    });
  });
}

/** Sends a menu command to the page, as main does when the analyst picks a menu item. */
export async function sendCommand(page: Page, command: string): Promise<void> {
  await page.evaluate((name) => (Reflect.get(window, 'fakeDesktop') as { command(c: string): void }).command(name), command);
}
