/**
 * The open brief's session and workspace store, with the source shown, given to the
 * workspace's features through one React context, with hooks that subscribe to them.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Article } from '../../app/model/model';
import type { AnnotationSession, SessionState } from './annotation-session';
import type { WorkspaceState, WorkspaceStore } from './workspace-store';

/** What the workspace's features share about the open brief. */
export interface OpenWorkspace {
  readonly briefId: string;
  /** The source shown in the reader: one of the brief's sources. */
  readonly article: Article;
  /** That article's canonical text. */
  readonly text: string;
  readonly session: AnnotationSession;
  readonly store: WorkspaceStore;
  /** The analyst's name now. */
  readonly analyst: string;
  /**
   * An earlier revision of an article, open as it was: the features offer no change to its
   * annotations or the brief (and the session refuses any).
   */
  readonly readOnly: boolean;
}

const WorkspaceContext = createContext<OpenWorkspace | null>(null);

/** Makes `workspace` available to everything inside. */
export function WorkspaceProvider({ workspace, children }: { readonly workspace: OpenWorkspace; readonly children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

/** The open workspace; throws outside a {@link WorkspaceProvider}, which is a programming error. */
export function useWorkspace(): OpenWorkspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace() needs a WorkspaceProvider above it.');
  return workspace;
}

/** The session's state, re-rendering on each change. */
export function useSessionState(): SessionState {
  const { session } = useWorkspace();
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** The workspace store's state, re-rendering on each change. */
export function useWorkspaceState(): WorkspaceState {
  const { store } = useWorkspace();
  return useSyncExternalStore(store.subscribe, store.getState);
}
