/**
 * The file chooser behind an import button: a hidden file input that hands over the one file
 * chosen and then forgets it, so choosing the same file again still counts.
 */
import type { Ref } from 'react';

/** Props of {@link HiddenFileInput}. */
export interface HiddenFileInputProps {
  /** The file types offered, as in the input's `accept`. */
  readonly accept: string;
  /** The input's accessible name. */
  readonly label: string;
  readonly onFile: (file: File) => void;
  /** The input, for the button that opens the chooser with `click()`. */
  readonly ref: Ref<HTMLInputElement>;
}

/** A hidden single-file input. */
export function HiddenFileInput({ accept, label, onFile, ref }: HiddenFileInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      aria-label={label}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
