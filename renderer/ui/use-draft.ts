/**
 * A text field's draft that saves itself: after a pause in typing, on blur, when the page
 * is hidden or closed, and when the field goes away, so nothing typed more than a moment
 * ago is ever lost. A change of the stored value (an undo) replaces the draft unless the
 * analyst is mid-edit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing may pause before the draft is saved, in milliseconds. */
export const DRAFT_SAVE_DELAY = 300;

/** The draft, its setter, and `flush` to save now. */
export function useDraft(stored: string, save: (value: string) => void): [string, (value: string) => void, () => void] {
  const [draft, setDraftState] = useState(stored);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const value = pending.current;
    pending.current = null;
    saveRef.current(value);
  }, []);

  const setDraft = useCallback(
    (value: string) => {
      setDraftState(value);
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_SAVE_DELAY);
    },
    [flush],
  );

  useEffect(() => {
    if (pending.current === null) setDraftState(stored);
  }, [stored]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  return [draft, setDraft, flush];
}
