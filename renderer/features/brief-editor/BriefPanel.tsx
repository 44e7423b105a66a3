/**
 * The brief editor beside the article: title, key judgments, marking, and what the PDF
 * includes. Text fields save after a pause in typing (as notes do), choices at once; each
 * save is one transaction that merges the change into the stored brief. The brief as shown —
 * drafts included — is reported upward, so Export PDF prints what the analyst sees.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { stableJson } from '../../../app/model/stable-json';
import { BRIEF_TEXT_LIMITS } from '../../../app/brief/brief-record';
import { resolveBriefSettings, type BriefItemOrder, type BriefSettings } from '../../../app/brief/brief-settings';
import { LONG_APPENDIX_WORDS } from '../../../app/brief/brief-appendix';
import { EMPTY_KEY_JUDGMENTS, MAX_KEY_JUDGMENTS_TEXT, readKeyJudgmentsDoc, type KeyJudgmentsDoc } from '../../../app/brief/key-judgments';
import type { Brief } from '../../../app/brief/brief';
import type { PaperSize } from '../../../app/model/paper-size';
import { TAG_STYLES, type Tag } from '../../../app/model/tags';
import { loadBrief, updateBrief, type BriefChange } from '../../storage/brief-store';
import type { BriefingDeskDatabase } from '../../storage/database';
import { useServices } from '../../services/services';
import { useWorkspace } from '../../session/workspace-context';
import { useLiveQuery } from '../../storage/use-live-query';
import { KeyJudgmentsEditor } from './KeyJudgmentsEditor';
import { useDraft } from '../../ui/use-draft';
import { errorMessage } from '../../../app/model/error-message';

const ORDERS: readonly { readonly value: BriefItemOrder; readonly label: string }[] = [
  { value: 'by-tag', label: 'By tag, then text order' },
  { value: 'text', label: 'Text order' },
];
const PAPERS: readonly { readonly value: PaperSize; readonly label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
];

/** What the editor writes of a brief, as stable JSON: everything but its sources, which the Sources list changes. */
function writtenFields(brief: Brief): string {
  return stableJson({ ...brief, sources: [] });
}

/**
 * The brief panel: reads the open brief live, then shows its editor. A change to the
 * stored brief that the editor did not write itself (an imported or merged brief file, a
 * restore) starts the editor again from what is stored, so the imported title, key judgments
 * and marking show at once and nothing typed before can overwrite them unseen.
 */
export function BriefPanel() {
  const { db, notifications } = useServices();
  const { briefId, analyst, store, readOnly } = useWorkspace();
  // The analyst's name only authors a new brief: a new name is no new brief and may not
  // reload the editor (and lose its drafts).
  const analystRef = useRef(analyst);
  analystRef.current = analyst;
  /** The briefs this editor wrote, as stable JSON, to tell them from writes by anything else. */
  const ownWrites = useRef(new Set<string>());
  const live = useLiveQuery(() => loadBrief(db, briefId, analystRef.current), [db, briefId], (e) =>
    notifications.error(`The brief could not be read: ${errorMessage(e)}`),
  );
  const [shown, setShown] = useState<{ readonly brief: Brief; readonly generation: number } | null>(null);
  useEffect(() => {
    if (!live) return;
    setShown((current) => {
      if (current && ownWrites.current.has(writtenFields(live))) return current;
      // Adding, moving or removing a source changes nothing the editor shows: its drafts stay.
      if (current && writtenFields(live) === writtenFields(current.brief)) return { ...current, brief: live };
      return { brief: live, generation: (current?.generation ?? 0) + 1 };
    });
  }, [live]);

  const onStored = useCallback((brief: Brief) => setShown((current) => current && { ...current, brief }), []);
  const onStoring = useCallback((brief: Brief) => ownWrites.current.add(writtenFields(brief)), []);
  const onBriefChange = useCallback((brief: Brief) => store.showBrief(brief), [store]);

  return (
    <section className="brief-panel" aria-labelledby="brief-heading">
      <h2 id="brief-heading">Brief</h2>
      {shown ? (
        <BriefForm
          key={`${briefId}:${shown.generation}`}
          db={db}
          stored={shown.brief}
          analyst={analyst}
          onStored={onStored}
          onStoring={onStoring}
          onBriefChange={onBriefChange}
          onError={notifications.error}
          readOnly={readOnly}
        />
      ) : (
        <p className="loading">Loading the brief…</p>
      )}
    </section>
  );
}

interface BriefFormProps {
  readonly db: BriefingDeskDatabase;
  readonly stored: Brief;
  readonly analyst: string;
  /** The brief as stored after one of the form's saves. */
  readonly onStored: (brief: Brief) => void;
  /** The brief one of the form's saves is writing, before it commits. */
  readonly onStoring: (brief: Brief) => void;
  /** The brief as shown, drafts included, whenever it changes. */
  readonly onBriefChange: (brief: Brief) => void;
  readonly onError: (message: string | null) => void;
  /** An earlier revision's brief: shown as it was, every field disabled. */
  readonly readOnly: boolean;
}

function BriefForm({ db, stored, analyst, onStored, onStoring, onBriefChange, onError, readOnly }: BriefFormProps) {
  const id = useId();
  const briefId = stored.id;
  // Saves run in order, and each stores the whole brief, so only the last one's result is
  // current: an earlier one finishing late would put back what a later change replaced.
  const lastSave = useRef(0);
  const save = useCallback(
    (change: BriefChange) => {
      const ticket = ++lastSave.current;
      updateBrief(db, briefId, analyst, change, onStoring).then(
        (brief) => {
          if (ticket === lastSave.current) onStored(brief);
        },
        (e: unknown) => onError(`The brief was not saved: ${errorMessage(e)}`),
      );
    },
    [analyst, briefId, db, onError, onStored, onStoring],
  );

  const [title, setTitle, flushTitle] = useDraft(stored.title, (value) => save({ title: value }));
  const [marking, setMarking, flushMarking] = useDraft(stored.marking, (value) => save({ marking: value }));
  const [judgments, setJudgments, flushJudgments] = useDraft(JSON.stringify(stored.keyJudgmentsDoc ?? EMPTY_KEY_JUDGMENTS), (value) => {
    const doc = readKeyJudgmentsDoc(JSON.parse(value));
    if (doc) save({ keyJudgmentsDoc: doc });
    else onError(`The key judgments were not saved: they are longer than ${MAX_KEY_JUDGMENTS_TEXT.toLocaleString('en')} characters. Shorten them.`);
  });
  const initialDoc = useRef(stored.keyJudgmentsDoc ?? EMPTY_KEY_JUDGMENTS);
  const settings = resolveBriefSettings(stored.settings);

  useEffect(() => {
    const doc = readKeyJudgmentsDoc(JSON.parse(judgments));
    onBriefChange({ ...stored, title, marking, ...(doc ? { keyJudgmentsDoc: doc } : {}) });
  }, [judgments, marking, onBriefChange, stored, title]);

  const setSettings = (change: Partial<BriefSettings>) => {
    const next = resolveBriefSettings({ ...settings, ...change });
    onStored({ ...stored, settings: next });
    save({ settings: next });
  };
  const toggleTag = (tag: Tag, on: boolean) =>
    setSettings({ includeTags: on ? [...settings.includeTags, tag] : settings.includeTags.filter((t) => t !== tag) });

  return (
    // A disabled fieldset disables every field in it at once; the key judgments, which are no
    // form field, are told separately.
    <fieldset className="brief-form" disabled={readOnly}>
      <label className="field">
        Brief title
        <input
          type="text"
          value={title}
          maxLength={BRIEF_TEXT_LIMITS.title}
          placeholder="Brief: the article's title"
          onChange={(e) => setTitle(e.target.value)}
          onBlur={flushTitle}
        />
      </label>
      <div className="field">
        <span className="field-label" aria-hidden="true">
          Key judgments
        </span>
        <KeyJudgmentsEditor initial={initialDoc.current} readOnly={readOnly} onChange={(doc: KeyJudgmentsDoc) => setJudgments(JSON.stringify(doc))} onBlur={flushJudgments} />
      </div>
      <label className="field">
        Marking
        <input type="text" value={marking} maxLength={BRIEF_TEXT_LIMITS.marking} onChange={(e) => setMarking(e.target.value)} onBlur={flushMarking} />
      </label>
      <fieldset>
        <legend>Include</legend>
        {TAG_STYLES.map((style) => (
          <label key={style.tag} className="choice">
            <input type="checkbox" checked={settings.includeTags.includes(style.tag)} onChange={(e) => toggleTag(style.tag, e.target.checked)} />
            Include {style.heading.toLowerCase()}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Order of items</legend>
        {ORDERS.map((order) => (
          <label key={order.value} className="choice">
            <input type="radio" name={`${id}-order`} checked={settings.order === order.value} onChange={() => setSettings({ order: order.value })} />
            {order.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Appendix</legend>
        <label className="choice">
          <input type="checkbox" checked={settings.appendix} onChange={(e) => setSettings({ appendix: e.target.checked })} />
          Appendix with the sources, highlighted
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.fullAppendix}
            disabled={!settings.appendix}
            aria-describedby={`${id}-full-hint`}
            onChange={(e) => setSettings({ fullAppendix: e.target.checked })}
          />
          Every paragraph, however long
        </label>
        <p id={`${id}-full-hint`} className="field-hint">
          Sources of more than {LONG_APPENDIX_WORDS.toLocaleString('en')} words together otherwise print only their highlighted paragraphs and those beside them.
        </p>
      </fieldset>
      <fieldset>
        <legend>Paper</legend>
        {PAPERS.map((paper) => (
          <label key={paper.value} className="choice">
            <input type="radio" name={`${id}-paper`} checked={settings.paper === paper.value} onChange={() => setSettings({ paper: paper.value })} />
            {paper.label}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
