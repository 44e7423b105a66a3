/**
 * A brief as a REFI-QDA project (`.qdpx`), the exchange format of ATLAS.ti, NVivo, MAXQDA and
 * QualCoder: a ZIP holding `project.qde` (QDA-XML 1.0, namespace `urn:QDA-XML:project:1.0`) and
 * `sources/<guid>.txt`, each source's plain text. The project has the analysts as Users, a
 * CodeBook of Guarantee, Risk and Precedent, each source a TextSource whose annotations are
 * PlainTextSelections coded with one CodeRef, notes as Notes the selections refer to, and links
 * between annotations as Links from the risk or precedent to the guarantee.
 *
 * Positions. A selection's `startPosition` and `endPosition` count Unicode code points of the
 * source text from 0, the end exclusive — the same offsets as the brief's own
 * TextPositionSelectors, and what QualCoder's import slices its (Python) strings by. The text
 * file is UTF-8 without a byte order mark, its lines ending in LF only (the canonical text's
 * paragraph break is one blank line), so no reader counts a CR or a BOM that shifts positions.
 */
import { zipSync, strToU8 } from 'fflate';
import { canonicalText } from '../model/canonical-text';
import type { Annotation, Article } from '../model/model';
import { TAG_STYLES, type Tag } from '../model/tags';
import { guidOf } from './qda-guid';

/** The namespace of a QDA-XML 1.0 project. */
export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** The GUID of each tag's code: the same in every project, so projects merge on them. */
export const CODE_GUIDS: Readonly<Record<Tag, string>> = {
  guarantee: '6f1d3c2a-0b8e-4c59-9a57-3c1f6e0d2a01',
  risk: '6f1d3c2a-0b8e-4c59-9a57-3c1f6e0d2a02',
  precedent: '6f1d3c2a-0b8e-4c59-9a57-3c1f6e0d2a03',
};

/** What a project is made of. */
export interface QdpxInput {
  /** The project's name (the brief's title). */
  readonly name: string;
  /** The brief's sources, in its order. */
  readonly articles: readonly Article[];
  readonly annotations: readonly Annotation[];
  /** Who exports it, and when (ISO 8601). */
  readonly exportedBy: string;
  readonly exportedAt: string;
  /** The app and version, as the project's `origin`. */
  readonly origin: string;
}

/** Characters XML 1.0 cannot hold at all (controls other than tab, LF and CR; unpaired surrogates; U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` escaped for XML content and attributes, characters XML cannot hold left out. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;');
}

/** Attributes as ` name="value"`, the undefined ones left out. */
function attributes(values: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join('');
}

/** The ISO timestamp as xsd:dateTime wants it (any ISO 8601 date-time the brief stores is one). */
const dateTime = (iso: string): string => iso;

/** A GUID for user `name`. */
const userGuid = (name: string): string => guidOf('user', name);

/** The shortest name a selection shows in other tools: its first words. */
function selectionName(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/** The XML of `project.qde` (see the module's comment for what it holds). */
export function projectQde(input: QdpxInput): string {
  const sourceIds = new Set(input.articles.map((a) => a.id));
  const annotations = input.annotations.filter((a) => sourceIds.has(a.articleId));
  const users = [...new Set([input.exportedBy, ...annotations.map((a) => a.author)])];
  const ids = new Set(annotations.map((a) => a.id));
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  out.push(`<Project xmlns="${QDA_NAMESPACE}"${attributes({ name: input.name, origin: input.origin, creatingUserGUID: userGuid(input.exportedBy), creationDateTime: dateTime(input.exportedAt) })}>`);
  out.push('<Users>', ...users.map((name) => `<User${attributes({ guid: userGuid(name), name })}/>`), '</Users>');
  out.push('<CodeBook><Codes>');
  for (const style of TAG_STYLES) out.push(`<Code${attributes({ guid: CODE_GUIDS[style.tag], name: style.label, isCodable: 'true', color: style.ink.toUpperCase() })}/>`);
  out.push('</Codes></CodeBook>');
  if (input.articles.length) {
    out.push('<Sources>');
    for (const article of input.articles) {
      const guid = guidOf('source', article.id);
      out.push(`<TextSource${attributes({ guid, name: article.title, plainTextPath: `internal://${guid}.txt`, creationDateTime: dateTime(article.importedAt) })}>`);
      for (const a of annotations.filter((x) => x.articleId === article.id)) {
        const creating = { creatingUser: userGuid(a.author), creationDateTime: dateTime(a.createdAt) };
        out.push(`<PlainTextSelection${attributes({ guid: guidOf('selection', a.id), name: selectionName(a.target.quote.exact), startPosition: String(a.target.position.start), endPosition: String(a.target.position.end), ...creating })}>`);
        out.push(`<Coding${attributes({ guid: guidOf('coding', a.id), ...creating })}><CodeRef targetGUID="${CODE_GUIDS[a.tag]}"/></Coding>`);
        if (a.note.trim()) out.push(`<NoteRef targetGUID="${guidOf('note', a.id)}"/>`);
        out.push('</PlainTextSelection>');
      }
      out.push('</TextSource>');
    }
    out.push('</Sources>');
  }
  const noted = annotations.filter((a) => a.note.trim());
  if (noted.length) {
    out.push('<Notes>');
    for (const a of noted) {
      out.push(`<Note${attributes({ guid: guidOf('note', a.id), name: `Note on ${selectionName(a.target.quote.exact)}`, creatingUser: userGuid(a.author), creationDateTime: dateTime(a.updatedAt) })}><PlainTextContent>${xmlText(a.note)}</PlainTextContent></Note>`);
    }
    out.push('</Notes>');
  }
  const links = annotations.flatMap((a) => [...new Set(a.links)].filter((to) => to !== a.id && ids.has(to)).map((to) => ({ from: a.id, to })));
  if (links.length) {
    out.push('<Links>');
    for (const { from, to } of links) out.push(`<Link${attributes({ guid: guidOf('link', `${from}>${to}`), name: 'Bears on', direction: 'OneWay', originGUID: guidOf('selection', from), targetGUID: guidOf('selection', to) })}/>`);
    out.push('</Links>');
  }
  out.push('</Project>');
  return `${out.join('\n')}\n`;
}

/** The `.qdpx` bytes: `project.qde` and each source's text under `sources/`. */
export function qdpxBytes(input: QdpxInput): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(projectQde(input)) };
  for (const article of input.articles) files[`sources/${guidOf('source', article.id)}.txt`] = strToU8(canonicalText(article.blocks));
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
