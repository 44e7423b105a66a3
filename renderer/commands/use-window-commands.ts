/**
 * Connects the window to the command registry, once, in the app: the native menu's commands
 * run their handlers, the window's keys run theirs, the focus tells Undo which history it
 * serves, and every change of what can run is told to the platform for its menu.
 */
import { useEffect } from 'react';
import { stableJson } from '../../app/model/stable-json';
import type { Services } from '../services/services';
import { installCommandKeys } from './command-keys';

/** Wires `services`' registry to the bridge, the keyboard and the focus while mounted. */
export function useWindowCommands({ bridge, commands, history }: Services): void {
  useEffect(() => bridge.onDidRequestCommand((command) => void commands.execute(command)), [bridge, commands]);
  useEffect(() => installCommandKeys(commands), [commands]);
  useEffect(() => history.install(), [history]);
  useEffect(() => {
    let told = '';
    let queued = false;
    // Told once per task, and only what changed: a tagging changes Undo's label once, not per listener.
    const tell = (): void => {
      queued = false;
      const states = commands.getStates();
      const text = stableJson(states);
      if (text === told) return;
      told = text;
      bridge.setCommandStates(states).catch(() => {});
    };
    tell();
    return commands.subscribe(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(tell);
    });
  }, [bridge, commands]);
}
