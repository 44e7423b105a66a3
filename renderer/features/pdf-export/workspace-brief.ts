/**
 * The open brief as an export takes it, the same for the PDF and the Word brief: its sources in
 * order, the session's annotations on them, and the brief as its editor shows it (drafts
 * included), else as stored.
 */
import type { Brief } from '../../../app/brief/brief';
import type { Annotation, Article } from '../../../app/model/model';
import type { OpenWorkspace } from '../../session/workspace-context';
import { loadBrief } from '../../storage/brief-store';
import type { BriefingDeskDatabase } from '../../storage/database';

/** What an export of the open brief composes from. */
export interface WorkspaceBrief {
  readonly articles: readonly Article[];
  readonly annotations: readonly Annotation[];
  readonly brief: Brief;
}

/** The open brief of `workspace` now (see the module's comment). */
export async function workspaceBrief(db: BriefingDeskDatabase, workspace: Pick<OpenWorkspace, 'briefId' | 'session' | 'store' | 'analyst'>): Promise<WorkspaceBrief> {
  const { session, store } = workspace;
  return {
    articles: session.getState().sources.map((source) => source.article),
    annotations: session.getState().anchored.map((a) => a.annotation),
    brief: store.brief() ?? (await loadBrief(db, workspace.briefId, workspace.analyst)),
  };
}
