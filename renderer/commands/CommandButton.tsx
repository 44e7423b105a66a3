/**
 * A button that gives a command: its name, keys (`aria-keyshortcuts`) and enabled state come
 * from the command list and the registry, so a button cannot disagree with the menu or keys.
 */
import type { ReactNode } from 'react';
import { COMMAND_SPECS, type AppCommand } from '../../app/platform/app-commands';
import { useServices } from '../services/services';
import { ariaKeysOf } from './command-keys';
import { useCommandState } from './use-command';

/** Props of {@link CommandButton}. */
export interface CommandButtonProps {
  readonly command: AppCommand;
  /** What the button shows instead of the command's label (its accessible name stays the label). */
  readonly children?: ReactNode;
  readonly className?: string;
  /** For toggles: whether the command's mode is on. */
  readonly pressed?: boolean;
}

/** The button. */
export function CommandButton({ command, children, className, pressed }: CommandButtonProps) {
  const { commands } = useServices();
  const state = useCommandState(command);
  const label = state.label ?? COMMAND_SPECS[command].label;
  return (
    <button
      type="button"
      className={className}
      disabled={!state.enabled}
      aria-pressed={pressed}
      aria-keyshortcuts={ariaKeysOf(command)}
      // Undo and Redo keep the history of what had the focus before the click (see history-router.ts).
      data-keeps-history-focus={command === 'undo' || command === 'redo' ? '' : undefined}
      onClick={() => commands.execute(command)}
    >
      {children ?? label}
    </button>
  );
}
