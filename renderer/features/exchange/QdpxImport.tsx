/**
 * Importing a REFI-QDA project (`.qdpx`, from `Import brief`, a drop or the OS): the file is read
 * and checked first (a refusal goes to the alert region and changes nothing), then a preview
 * names the project, its sources and every code with what it becomes — Guarantee, Risk and
 * Precedent by their names, any other code left out unless the analyst maps it — and `Import`
 * stores the sources and the annotations as a new brief and opens it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../../app/model/error-message';
import { TAG_STYLES, type Tag } from '../../../app/model/tags';
import { defaultCodeMapping, type CodeMapping } from '../../../app/qda/qda-annotations';
import { readQdpx, QdpxRefusal, type QdaProject } from '../../../app/qda/qdpx-import';
import type { Brief } from '../../../app/brief/brief';
import { useServices } from '../../services/services';
import { storeQdaProject } from '../../storage/qda-store';
import { ModalDialog } from '../../ui/ModalDialog';

/** Whether a file is a REFI-QDA project by its name. */
export function isQdpxFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.qdpx');
}

/** Props of {@link QdpxImport}. */
export interface QdpxImportProps {
  readonly analyst: string;
  readonly onOpen: (brief: Brief) => Promise<void>;
}

/** The `.qdpx` importer registered with the file intake, and its preview. */
export function QdpxImport({ analyst, onOpen }: QdpxImportProps) {
  const { db, intake, notifications } = useServices();
  const [shown, setShown] = useState<{ readonly file: string; readonly project: QdaProject } | null>(null);
  const [mapping, setMapping] = useState<CodeMapping>({});
  const [busy, setBusy] = useState(false);

  const open = useCallback(
    async (file: File) => {
      try {
        const project = readQdpx(new Uint8Array(await file.arrayBuffer()));
        notifications.error(null);
        setMapping(defaultCodeMapping(project));
        setShown({ file: file.name, project });
      } catch (e) {
        notifications.error(`“${file.name}” cannot be imported: ${e instanceof QdpxRefusal ? e.message : errorMessage(e)} Nothing was changed.`);
      }
    },
    [notifications],
  );
  useEffect(() => intake.register({ accepts: isQdpxFileName, open }), [intake, open]);

  const counts = useMemo(() => {
    const tally = new Map<Tag, number>();
    for (const coding of shown?.project.codings ?? []) {
      const tag = mapping[coding.codeGuid];
      if (tag) tally.set(tag, (tally.get(tag) ?? 0) + 1);
    }
    return tally;
  }, [mapping, shown]);

  if (!shown) return null;
  const { project } = shown;
  const close = () => setShown(null);
  const codingsOf = (guid: string) => project.codings.filter((c) => c.codeGuid === guid).length;

  const store = async () => {
    setBusy(true);
    try {
      const stored = await notifications.during(`Importing ${shown.file}`, () => storeQdaProject(db, project, mapping, analyst));
      close();
      await onOpen(stored.brief);
      notifications.error(null);
      notifications.status(`Imported “${project.name}” as a new brief: ${stored.annotations} annotation${stored.annotations === 1 ? '' : 's'} on ${project.sources.length} source${project.sources.length === 1 ? '' : 's'}.`);
    } catch (e) {
      notifications.error(`“${shown.file}” was not imported; nothing was changed: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog titleId="qdpx-import-title" className="import-dialog" onCancel={() => !busy && close()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void store();
        }}
      >
        <h2 id="qdpx-import-title">Import REFI-QDA project</h2>
        <p className="import-source">
          “{project.name}” from {shown.file}: {project.sources.length} source{project.sources.length === 1 ? '' : 's'}, {project.codings.length} coding{project.codings.length === 1 ? '' : 's'}
        </p>
        <ul aria-label="Sources in the project">
          {project.sources.map((source, i) => (
            <li key={i}>{source.title}</li>
          ))}
        </ul>
        <fieldset disabled={busy} className="qdpx-codes">
          <legend>What each code becomes</legend>
          {project.codes.map((code) => (
            <label key={code.guid} className="qdpx-code">
              {code.name} ({codingsOf(code.guid)})
              <select value={mapping[code.guid] ?? ''} onChange={(e) => setMapping({ ...mapping, [code.guid]: (e.target.value || null) as Tag | null })}>
                <option value="">Leave out</option>
                {TAG_STYLES.map((style) => (
                  <option key={style.tag} value={style.tag}>
                    {style.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
        <p role="status" className="import-hint">
          {TAG_STYLES.map((style) => {
            const n = counts.get(style.tag) ?? 0;
            return `${n} ${(n === 1 ? style.label : style.heading).toLowerCase()}`;
          }).join(' · ')}{' '}
          will be imported as a new brief.
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={close} disabled={busy}>
            Cancel
          </button>
          <button type="submit" disabled={busy}>
            Import
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
