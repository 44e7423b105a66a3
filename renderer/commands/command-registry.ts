/**
 * The renderer's one registry of what each command does (as Excalidraw's action manager and
 * VS Code's command service): the part of the UI that can carry a command out registers a
 * handler while it is shown, and every way of giving the command — a button, a key, the
 * native menu — runs whichever handler is registered last. A command with no handler is
 * disabled everywhere, so the Library view's menu cannot offer what only the workspace can do.
 */
import { APP_COMMANDS, COMMAND_SPECS, type AppCommand, type CommandState, type CommandStates } from '../../app/platform/app-commands';

/** What a part of the UI does for a command. */
export interface CommandHandler {
  /** Carries the command out; a handler reports its own failures. */
  run(): unknown;
  /** Whether the command can run now; always when absent. */
  isEnabled?(): boolean;
  /** The label now, when it says more than the command's name (`Undo add Risk`). */
  label?(): string | undefined;
}

/** The registry. One per window; tests make their own. */
export class CommandRegistry {
  private readonly handlers = new Map<AppCommand, CommandHandler[]>();
  private readonly listeners = new Set<() => void>();
  private states: CommandStates | undefined;

  /**
   * Registers `handler` for `command` until the returned disposer is called; a handler
   * registered later takes over until it is disposed, when the one before comes back.
   */
  register(command: AppCommand, handler: CommandHandler): () => void {
    const stack = this.handlers.get(command) ?? [];
    this.handlers.set(command, [...stack, handler]);
    this.invalidate();
    return () => {
      const now = this.handlers.get(command) ?? [];
      this.handlers.set(
        command,
        now.filter((h) => h !== handler),
      );
      this.invalidate();
    };
  }

  /** Runs `command` if it is handled and enabled; false when it was not run. */
  execute(command: AppCommand): boolean {
    const handler = this.current(command);
    if (!handler || handler.isEnabled?.() === false) return false;
    void handler.run();
    return true;
  }

  /** Whether `command` is handled and enabled now. */
  isEnabled(command: AppCommand): boolean {
    return this.getStates()[command]?.enabled ?? false;
  }

  /**
   * Every command's state, the same object until something changes (for
   * `useSyncExternalStore`): enabled when a handler is registered and allows it.
   */
  readonly getStates = (): CommandStates => {
    if (this.states) return this.states;
    const states: Partial<Record<AppCommand, CommandState>> = {};
    for (const command of APP_COMMANDS) {
      if (COMMAND_SPECS[command].internal) continue;
      const handler = this.current(command);
      const label = handler?.label?.();
      states[command] = { enabled: !!handler && handler.isEnabled?.() !== false, ...(label ? { label } : {}) };
    }
    this.states = states;
    return states;
  };

  /** Says that a handler's enabled state or label may have changed; listeners hear of it. */
  invalidate(): void {
    this.states = undefined;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` whenever states may have changed; returns the disposer. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private current(command: AppCommand): CommandHandler | undefined {
    return this.handlers.get(command)?.at(-1);
  }
}
