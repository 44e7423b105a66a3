/**
 * The choice between overlapping highlights: a click on text under several opens a menu of
 * their annotations, innermost first; choosing one makes it active.
 */
import { shortLabel } from '../../../app/annotations/annotation-label';
import { useSessionState, useWorkspace, useWorkspaceState } from '../../session/workspace-context';

/** The chooser menu, when the workspace store has one open. */
export function HighlightChooser() {
  const { store } = useWorkspace();
  const { chooser } = useWorkspaceState();
  const { all } = useSessionState();
  if (!chooser) return null;
  return (
    <div role="menu" aria-label="Choose annotation" className="chooser" style={{ left: chooser.x, top: chooser.y }}>
      {chooser.ids.map((id) => {
        const annotation = all.get(id);
        return (
          annotation && (
            <button key={id} type="button" role="menuitem" onClick={() => store.activate(id, 'text')}>
              {shortLabel(annotation)}
            </button>
          )
        );
      })}
      <button type="button" role="menuitem" onClick={() => store.closeChooser()}>
        Cancel
      </button>
    </div>
  );
}
