/**
 * Key judgments as rich text: the small ProseMirror schema the brief editor uses (paragraphs,
 * flat bullet lists, bold and italic), the JSON it is stored as — checked against both a zod
 * shape with limits and the schema itself, since stored and imported values are untrusted —
 * and how that JSON becomes the `KeyJudgmentBlock`s the brief renders.
 */
import { Node as PMNode, Schema } from 'prosemirror-model';
import { z } from 'zod';

/** The schema of key judgments: paragraphs and one level of bullet list; marks bold and italic. */
export const keyJudgmentsSchema = new Schema<'doc' | 'paragraph' | 'bullet_list' | 'list_item' | 'text', 'strong' | 'em'>({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    bullet_list: { group: 'block', content: 'list_item+', toDOM: () => ['ul', 0], parseDOM: [{ tag: 'ul' }] },
    list_item: { content: 'paragraph+', defining: true, toDOM: () => ['li', 0], parseDOM: [{ tag: 'li' }] },
    text: {},
  },
  marks: {
    strong: { toDOM: () => ['strong', 0], parseDOM: [{ tag: 'strong' }, { tag: 'b' }] },
    em: { toDOM: () => ['em', 0], parseDOM: [{ tag: 'em' }, { tag: 'i' }] },
  },
});

/** A run of text with its emphasis, as the brief prints it. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** One block of key judgments: a paragraph, or a bullet list whose items are runs. */
export type KeyJudgmentBlock =
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRun[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly TextRun[])[] };

/** Most characters of text key judgments may hold (as the `.brief` file's plain text field). */
export const MAX_KEY_JUDGMENTS_TEXT = 200_000;
/** Most blocks (paragraphs and list items). */
const MAX_NODES = 5_000;

const textNode = z
  .object({
    type: z.literal('text'),
    text: z.string().min(1).max(MAX_KEY_JUDGMENTS_TEXT),
    marks: z.array(z.object({ type: z.enum(['strong', 'em']) }).strict()).max(2).optional(),
  })
  .strict();
const paragraph = z.object({ type: z.literal('paragraph'), content: z.array(textNode).max(MAX_NODES).optional() }).strict();
const listItem = z.object({ type: z.literal('list_item'), content: z.array(paragraph).min(1).max(MAX_NODES) }).strict();
const bulletList = z.object({ type: z.literal('bullet_list'), content: z.array(listItem).min(1).max(MAX_NODES) }).strict();

/** The JSON of a key-judgments document, as stored. */
export type KeyJudgmentsDoc = {
  readonly type: 'doc';
  readonly content: readonly (z.infer<typeof paragraph> | z.infer<typeof bulletList>)[];
};

/** Whether `json` is a document the schema accepts (ProseMirror's own check, which never trusts). */
function fitsSchema(json: unknown): boolean {
  try {
    PMNode.fromJSON(keyJudgmentsSchema, json).check();
    return true;
  } catch {
    return false;
  }
}

/** The shape of stored key judgments: limits first, then the ProseMirror schema's own rules. */
export const keyJudgmentsDocSchema: z.ZodType<KeyJudgmentsDoc> = z
  .object({ type: z.literal('doc'), content: z.array(z.union([paragraph, bulletList])).min(1).max(MAX_NODES) })
  .strict()
  .refine((doc) => plainTextLength(doc) <= MAX_KEY_JUDGMENTS_TEXT, 'key judgments are too long')
  .refine(fitsSchema, 'not a valid key-judgments document');

/** The paragraphs of a document's top level and of its lists, in order. */
function paragraphsOf(doc: KeyJudgmentsDoc): z.infer<typeof paragraph>[] {
  return doc.content.flatMap((block) => (block.type === 'paragraph' ? [block] : block.content.flatMap((item) => item.content)));
}

function plainTextLength(doc: KeyJudgmentsDoc): number {
  return paragraphsOf(doc).reduce((sum, p) => sum + (p.content ?? []).reduce((n, t) => n + t.text.length, 0), 0);
}

/** The stored key judgments, or undefined when `value` is no valid key-judgments doc. */
export function readKeyJudgmentsDoc(value: unknown): KeyJudgmentsDoc | undefined {
  const parsed = keyJudgmentsDocSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** An empty document: one empty paragraph, which is where the editor's cursor starts. */
export const EMPTY_KEY_JUDGMENTS: KeyJudgmentsDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** A paragraph's text as runs, neighbours with the same emphasis joined. */
function runsOf(p: z.infer<typeof paragraph>): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of p.content ?? []) {
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const run: TextRun = { text: node.text, ...(marks.has('strong') ? { bold: true } : {}), ...(marks.has('em') ? { italic: true } : {}) };
    const last = runs.at(-1);
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) runs[runs.length - 1] = { ...last, text: last.text + run.text };
    else runs.push(run);
  }
  return runs;
}

/** Whether runs hold any visible text. */
const hasText = (runs: readonly TextRun[]): boolean => runs.some((r) => r.text.trim().length > 0);

/**
 * The blocks the brief prints: blank paragraphs and list items are dropped, an item of several
 * paragraphs is printed as one line (the paragraphs joined by a space).
 */
export function keyJudgmentBlocks(doc: KeyJudgmentsDoc): KeyJudgmentBlock[] {
  return doc.content.flatMap((block): KeyJudgmentBlock[] => {
    if (block.type === 'paragraph') {
      const runs = runsOf(block);
      return hasText(runs) ? [{ kind: 'paragraph', runs }] : [];
    }
    const items = block.content
      .map((item) => item.content.map(runsOf).filter(hasText).flatMap((runs, i) => (i > 0 ? [{ text: ' ' }, ...runs] : runs)))
      .filter(hasText);
    return items.length > 0 ? [{ kind: 'list', items }] : [];
  });
}

/**
 * Key judgments as plain text — paragraphs parted by blank lines, list items as `- ` lines —
 * the form older readers of `Brief.keyJudgments` understand.
 */
export function keyJudgmentsPlainText(doc: KeyJudgmentsDoc): string {
  const line = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
  return keyJudgmentBlocks(doc)
    .map((block) => (block.kind === 'paragraph' ? line(block.runs) : block.items.map((item) => `- ${line(item)}`).join('\n')))
    .join('\n\n');
}

/** A document from plain-text blocks (as `parseKeyJudgments` reads them), for briefs stored before the editor. */
export function keyJudgmentsDocFromBlocks(blocks: readonly KeyJudgmentBlock[]): KeyJudgmentsDoc {
  const para = (runs: readonly TextRun[]) => {
    const content = runs
      .filter((r) => r.text.length > 0)
      .map((r) => {
        const marks = [...(r.bold ? [{ type: 'strong' as const }] : []), ...(r.italic ? [{ type: 'em' as const }] : [])];
        return { type: 'text' as const, text: r.text, ...(marks.length > 0 ? { marks } : {}) };
      });
    return content.length > 0 ? { type: 'paragraph' as const, content } : { type: 'paragraph' as const };
  };
  const content = blocks.map((block) =>
    block.kind === 'paragraph'
      ? para(block.runs)
      : { type: 'bullet_list' as const, content: block.items.map((item) => ({ type: 'list_item' as const, content: [para(item)] })) },
  );
  return content.length > 0 ? { type: 'doc', content } : EMPTY_KEY_JUDGMENTS;
}
