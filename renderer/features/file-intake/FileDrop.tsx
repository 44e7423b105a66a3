/**
 * The window's two ways files arrive without a chooser: dropped on it, or opened by the OS
 * (double-click, Open Recent, a second launch, in the desktop app). Both go to the file
 * intake, which hands each file to the importer of its type, the same path as a file picked
 * in `Import article` or `Import brief`.
 */
import { useEffect } from 'react';
import { useServices } from '../../services/services';

/** Whether a drag carries files (not a text selection being moved). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Listens for dropped and OS-opened files while mounted; renders nothing. */
export function FileDrop() {
  const { bridge, intake, notifications } = useServices();

  useEffect(() => {
    function onDragOver(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function onDrop(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) intake.deliver(file, notifications.error);
    }
    window.addEventListener('dragenter', onDragOver);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragOver);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [intake, notifications]);

  useEffect(
    () =>
      bridge.onDidOpenFile((opened) => {
        const type = opened.name.toLowerCase().endsWith('.brief') ? 'application/json' : '';
        intake.deliver(new File(['text' in opened ? opened.text : opened.bytes.slice()], opened.name, { type }), notifications.error);
      }),
    [bridge, intake, notifications],
  );

  return null;
}
