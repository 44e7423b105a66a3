/**
 * A modal `<dialog>` opened on mount and closed on unmount: every dialog of the app is one,
 * so focus is trapped and Escape handled the same way everywhere.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  /** `alertdialog` for a question that needs an answer before work goes on. */
  readonly role?: 'dialog' | 'alertdialog';
  readonly titleId: string;
  readonly descriptionId?: string;
  /** Escape: the dialog's way out, like its Cancel button. */
  readonly onCancel: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

/** The dialog element, shown modally while mounted. */
export function ModalDialog({ role = 'dialog', titleId, descriptionId, onCancel, className, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      className={`dialog ${className ?? ''}`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
