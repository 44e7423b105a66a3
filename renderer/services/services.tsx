/**
 * The window's services, given to every component through one React context (as the
 * Hypothesis client injects its services): the database, the platform bridge, the command
 * registry and the undo history router, the notifications and the file intake. Components ask for what they use instead
 * of having it passed down through every parent.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { BriefingDeskBridge } from '../../app/platform/ipc-contract';
import { CommandRegistry } from '../commands/command-registry';
import { HistoryRouter } from '../commands/history-router';
import type { BriefingDeskDatabase } from '../storage/database';
import { FileIntake } from './file-intake';
import { ImportRoute } from './import-route';
import { Notifications } from './notifications';

/** What the window's components share. */
export interface Services {
  readonly db: BriefingDeskDatabase;
  readonly bridge: BriefingDeskBridge;
  readonly commands: CommandRegistry;
  /** Where Undo and Redo go: the focused editor's history or the annotations'. */
  readonly history: HistoryRouter;
  readonly notifications: Notifications;
  readonly intake: FileIntake;
  /** Where the next imported article goes (a brief's Add source directs it). */
  readonly importRoute: ImportRoute;
}

/** The services of a window over `db` and `bridge`, with a new registry, notifications and intake. */
export function createServices(db: BriefingDeskDatabase, bridge: BriefingDeskBridge): Services {
  const commands = new CommandRegistry();
  return { db, bridge, commands, history: new HistoryRouter(commands), notifications: new Notifications(), intake: new FileIntake(), importRoute: new ImportRoute() };
}

const ServicesContext = createContext<Services | null>(null);

/** Makes `services` available to everything inside. */
export function ServicesProvider({ services, children }: { readonly services: Services; readonly children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The window's services; throws outside a {@link ServicesProvider}, which is a programming error. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a ServicesProvider above it.');
  return services;
}
