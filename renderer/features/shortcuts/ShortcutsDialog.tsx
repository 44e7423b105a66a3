/**
 * The `Keyboard shortcuts` dialog (F1, `?`, Help › Keyboard shortcuts): every command of the
 * command list that has keys, with its keys as this platform names them, so the list can never
 * disagree with what the keys do.
 */
import { useState } from 'react';
import { APP_COMMANDS, COMMAND_SPECS, commandKeys } from '../../../app/platform/app-commands';
import { displayChord, parseChord } from '../../../app/platform/key-chord';
import { useCommand } from '../../commands/use-command';
import { osPlatform } from '../../platform/os';
import { ModalDialog } from '../../ui/ModalDialog';

const PLATFORM = osPlatform();

/** Where each command's keys work, when not anywhere in the window. */
const SCOPE_NOTES = { window: '', article: ' (in the article)', 'key-judgments': ' (in the key judgments)' } as const;

/** Each command with keys: its keys as shown, and what it does. */
const SHORTCUTS: readonly (readonly [string, string])[] = APP_COMMANDS.flatMap((command) => {
  const spec = COMMAND_SPECS[command];
  const keys = commandKeys(command, PLATFORM);
  if (spec.internal || keys.length === 0) return [];
  const name = spec.menu?.title.replace(/…$/, '') ?? spec.label;
  return [[keys.map((chord) => displayChord(parseChord(chord), PLATFORM === 'darwin')).join(' / '), `${name}${SCOPE_NOTES[spec.scope ?? 'window']}`] as const];
});

/** The dialog, opened by its command. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  useCommand('keyboard-shortcuts', { run: () => setOpen(true) });
  if (!open) return null;
  return (
    <ModalDialog titleId="shortcuts-title" onCancel={() => setOpen(false)} className="shortcuts-dialog">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts-table">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
