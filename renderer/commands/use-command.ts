/**
 * Hooks between components and the command registry: register a handler for as long as a
 * component is mounted, and read a command's state for a button.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { AppCommand, CommandState } from '../../app/platform/app-commands';
import { useServices } from '../services/services';
import type { CommandHandler } from './command-registry';

const DISABLED: CommandState = { enabled: false };

/**
 * Registers `handler` for `command` while the component is mounted. The newest `handler` is
 * always the one run; `stateKey` is anything its enabled state or label depends on, so the
 * registry re-reads them when it changes.
 */
export function useCommand(command: AppCommand, handler: CommandHandler, stateKey?: unknown): void {
  const { commands } = useServices();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(
    () =>
      commands.register(command, {
        run: () => latest.current.run(),
        isEnabled: () => latest.current.isEnabled?.() ?? true,
        label: () => latest.current.label?.(),
      }),
    [command, commands],
  );
  useEffect(() => commands.invalidate(), [commands, stateKey]);
}

/** A command's state now, re-rendering when it changes. */
export function useCommandState(command: AppCommand): CommandState {
  const { commands } = useServices();
  const states = useSyncExternalStore(commands.subscribe, commands.getStates);
  return states[command] ?? DISABLED;
}
