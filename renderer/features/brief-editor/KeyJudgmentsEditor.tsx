/**
 * The key-judgments editor: a small ProseMirror rich-text field (paragraphs, bullet lists,
 * bold, italic) with its own toolbar and its own undo history, reporting each changed document
 * as JSON. While it has the focus, Undo and Redo (keys, buttons, menu) go to its history. Its
 * keys are the command list's. The document it starts from is read once; the brief panel
 * mounts it per brief.
 */
import { useEffect, useRef, useState } from 'react';
import { history, redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Node as PMNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { inBulletList, markActive, splitBlock, toggleBulletList, toggleMark, type Command } from '../../../app/brief/key-judgments-commands';
import { keyJudgmentsSchema, type KeyJudgmentsDoc } from '../../../app/brief/key-judgments';
import { commandKeys, type AppCommand } from '../../../app/platform/app-commands';
import { parseChord, prosemirrorKey } from '../../../app/platform/key-chord';
import { ariaKeysOf } from '../../commands/command-keys';
import { osPlatform } from '../../platform/os';
import { useServices } from '../../services/services';

/** Props of {@link KeyJudgmentsEditor}. */
export interface KeyJudgmentsEditorProps {
  /** The document to start from. */
  readonly initial: KeyJudgmentsDoc;
  /** Called with the document after every change. */
  readonly onChange: (doc: KeyJudgmentsDoc) => void;
  /** Called when the editor loses focus, so the caller can save at once. */
  readonly onBlur: () => void;
  /** Shows the key judgments without letting them be edited (an earlier revision's brief). */
  readonly readOnly?: boolean;
}

const { marks } = keyJudgmentsSchema;

/** Each chord of `command` bound to `run`, as keymap entries. */
function bindings(command: AppCommand, run: Command): Record<string, Command> {
  return Object.fromEntries(commandKeys(command, osPlatform()).map((chord) => [prosemirrorKey(parseChord(chord)), run]));
}

/** Which toolbar buttons are pressed. */
interface Active {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly list: boolean;
}

function activeOf(state: EditorState): Active {
  return { bold: markActive(state, marks.strong), italic: markActive(state, marks.em), list: inBulletList(state) };
}

/** The toolbar and the rich-text field of a brief's key judgments. */
export function KeyJudgmentsEditor({ initial, onChange, onBlur, readOnly = false }: KeyJudgmentsEditorProps) {
  const { history: histories } = useServices();
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [active, setActive] = useState<Active>({ bold: false, italic: false, list: false });
  const callbacks = useRef({ onChange, onBlur });
  callbacks.current = { onChange, onBlur };
  const initialRef = useRef(initial);
  const readOnlyRef = useRef(readOnly);

  useEffect(() => {
    const state = EditorState.create({
      doc: PMNode.fromJSON(keyJudgmentsSchema, initialRef.current),
      plugins: [
        history(),
        keymap({
          ...bindings('undo', undo),
          ...bindings('redo', redo),
          ...bindings('bold', toggleMark(marks.strong)),
          ...bindings('italic', toggleMark(marks.em)),
          Enter: splitBlock,
        }),
      ],
    });
    const editor = new EditorView(mount.current, {
      state,
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Key judgments', class: 'key-judgments-text', ...(readOnlyRef.current ? { 'aria-readonly': 'true' } : {}) },
      editable: () => !readOnlyRef.current,
      dispatchTransaction(tr) {
        const next = editor.state.apply(tr);
        editor.updateState(next);
        setActive(activeOf(next));
        if (tr.docChanged) {
          callbacks.current.onChange(next.doc.toJSON() as KeyJudgmentsDoc);
          histories.changed();
        }
      },
      handleDOMEvents: { blur: () => (callbacks.current.onBlur(), false) },
    });
    view.current = editor;
    const stopHistory = histories.add({
      element: () => editor.dom,
      undo: () => undo(editor.state, editor.dispatch),
      redo: () => redo(editor.state, editor.dispatch),
      canUndo: () => undoDepth(editor.state) > 0,
      canRedo: () => redoDepth(editor.state) > 0,
      undoLabel: () => 'typing',
      redoLabel: () => 'typing',
    });
    return () => {
      stopHistory();
      editor.destroy();
      view.current = null;
    };
  }, [histories]);

  /** Runs a toolbar command and gives the focus back to the text. */
  const apply = (command: Command) => {
    const editor = view.current;
    if (!editor) return;
    command(editor.state, editor.dispatch);
    editor.focus();
  };

  return (
    <div className="key-judgments-editor">
      <div role="toolbar" aria-label="Key judgments formatting" className="format-toolbar">
        {/* mousedown is cancelled so the text keeps its selection while a button is clicked. */}
        <button type="button" aria-pressed={active.bold} aria-keyshortcuts={ariaKeysOf('bold')} onMouseDown={(e) => e.preventDefault()} onClick={() => apply(toggleMark(marks.strong))}>
          <b aria-hidden="true">B</b>
          <span className="visually-hidden">Bold</span>
        </button>
        <button type="button" aria-pressed={active.italic} aria-keyshortcuts={ariaKeysOf('italic')} onMouseDown={(e) => e.preventDefault()} onClick={() => apply(toggleMark(marks.em))}>
          <i aria-hidden="true">I</i>
          <span className="visually-hidden">Italic</span>
        </button>
        <button type="button" aria-pressed={active.list} onMouseDown={(e) => e.preventDefault()} onClick={() => apply(toggleBulletList)}>
          Bullet list
        </button>
      </div>
      <div ref={mount} />
    </div>
  );
}
