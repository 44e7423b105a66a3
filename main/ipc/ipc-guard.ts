/**
 * The gate every `ipcMain.handle` handler goes through: the sender must be the app's own main
 * frame and the one argument must match the channel's schema from the IPC contract. Anything
 * else is rejected with an Error saying why, before the handler runs.
 */
import { z } from 'zod';
import { isTrustedSender } from '../security/trusted-sender';

/** The part of Electron's `IpcMainInvokeEvent` the gate reads. */
export interface InvokeEvent {
  /** The frame that sent the message; `null` once it has navigated away or been destroyed. */
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** What a guarded handler needs to know. */
export interface GuardOptions<T, R> {
  /** What the handler does, for error messages (e.g. `"Export PDF"`). */
  readonly action: string;
  /** The URL the app's window was loaded from; only its origin may call. */
  readonly appUrl: string;
  /** The schema of the one argument, from `app/platform/ipc-contract.ts`. */
  readonly schema: z.ZodType<T>;
  /** The work, given the validated argument. */
  readonly handle: (request: T) => Promise<R>;
}

/** An `ipcMain.handle` listener that checks sender and argument before calling `handle`. */
export function guardedHandler<T, R>(options: GuardOptions<T, R>): (event: InvokeEvent, ...args: unknown[]) => Promise<R> {
  return async (event, ...args) => {
    const frame = event.senderFrame;
    const sender = frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
    if (!isTrustedSender(sender, options.appUrl)) {
      throw new Error(`${options.action} refused: the request did not come from the Briefing Desk window.`);
    }
    if (args.length !== 1) {
      throw new Error(`${options.action} refused: expected one request, got ${args.length}.`);
    }
    const parsed = options.schema.safeParse(args[0]);
    if (!parsed.success) {
      throw new Error(`${options.action} refused: invalid request.\n${z.prettifyError(parsed.error)}`);
    }
    return options.handle(parsed.data);
  };
}
