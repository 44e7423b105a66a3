/**
 * Reading a REFI-QDA project (`.qdpx`) as other tools write it: the ZIP's `project.qde`
 * (QDA-XML 1.0) and the plain texts it names (`internal://<file>` under `sources/` or
 * `Sources/`, or a TextSource's own PlainTextContent). Each text source becomes an article
 * (its name the title heading, each non-empty line a paragraph) and each coded selection an
 * annotation on it, its positions — code points of the source's text, as the export writes
 * them — carried over to the article's canonical text. Codes named Guarantee, Risk or
 * Precedent (any case, singular or plural) map to those tags; the others are listed so the
 * analyst can map each or leave it out. Notes referred to by a selection become its note;
 * Links between selections become links.
 *
 * Refused, with a message a person can act on and nothing read further: a file that is not a
 * ZIP or is too large unpacked, no `project.qde`, XML with a DOCTYPE (no entity of any kind is
 * expanded), a project without text sources, a selection outside its text.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { ArticleBlock, ArticleDraft } from '../model/model';
import { TAGS, type Tag } from '../model/tags';

/** Largest project read, unpacked, in bytes: a ZIP bomb is refused before its files are inflated whole. */
export const MAX_QDPX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** A code of the project and the tag it maps to by its name, if any. */
export interface QdaCode {
  readonly guid: string;
  readonly name: string;
  readonly tag?: Tag;
}

/** One coded selection, placed on its article's canonical text (code points). */
export interface QdaCoding {
  /** The selection's GUID (kept as the annotation's id, so a re-import matches). */
  readonly selectionGuid: string;
  /** Index of its source among `sources`. */
  readonly source: number;
  readonly start: number;
  readonly end: number;
  readonly codeGuid: string;
  readonly author: string;
  readonly createdAt?: string;
  readonly note: string;
  /** Selection GUIDs this one links to. */
  readonly links: readonly string[];
}

/** What a project holds, ready for the import preview. */
export interface QdaProject {
  readonly name: string;
  readonly sources: readonly ArticleDraft[];
  readonly codes: readonly QdaCode[];
  readonly codings: readonly QdaCoding[];
}

/** A project refused; the message says why. */
export class QdpxRefusal extends Error {
  override readonly name = 'QdpxRefusal';
}

/** The tag a code's name names: Guarantee, Risk or Precedent in any case, singular or plural. */
export function tagOfCodeName(name: string): Tag | undefined {
  const key = name.trim().toLowerCase().replace(/s$/, '');
  return TAGS.find((tag) => tag === key);
}

type XmlNode = Record<string, unknown>;

/** The children named `name` of `node`, always as a list. */
function children(node: unknown, name: string): XmlNode[] {
  const value = typeof node === 'object' && node !== null ? (node as XmlNode)[name] : undefined;
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is XmlNode => typeof v === 'object' && v !== null);
}

/** Attribute `name` of `node`, as a string, or undefined. */
function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** An element's text content (PlainTextContent, Description). */
function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  const value = node['#text'];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/**
 * A text's lines as an article's blocks under `title` (the text's first line is the heading
 * when it is the title already), and the place of every code point of the text in that
 * article's canonical text (blocks joined by a blank line): a code point trimmed away or in a
 * line break maps to where the next kept one goes.
 */
export function blocksOfText(title: string, text: string): { draft: ArticleDraft; offsets: Int32Array } {
  const points = [...text.replace(/^\uFEFF/, '')];
  const offsets = new Int32Array(points.length + 1);
  const heading = title.replace(/\s+/g, ' ').trim() || 'Untitled source';
  const blocks: ArticleBlock[] = [];
  // A text that opens with its own title (as an exported article's does) keeps that line as the heading.
  const firstLine = points.join('').split(/\r?\n/).find((line) => line.trim())?.trim();
  let canonical = -2;
  if (firstLine !== heading) {
    blocks.push({ type: 'heading', text: heading });
    canonical = [...heading].length;
  }
  let i = 0;
  while (i <= points.length) {
    let lineEnd = i;
    while (lineEnd < points.length && points[lineEnd] !== '\n' && points[lineEnd] !== '\r') lineEnd += 1;
    let from = i;
    let to = lineEnd;
    while (from < to && /\s/u.test(points[from]!)) from += 1;
    while (to > from && /\s/u.test(points[to - 1]!)) to -= 1;
    if (to > from) {
      canonical += 2;
      for (let k = i; k < from; k += 1) offsets[k] = canonical;
      for (let k = from; k < to; k += 1) offsets[k] = canonical + (k - from);
      canonical += to - from;
      for (let k = to; k <= lineEnd && k <= points.length; k += 1) offsets[k] = canonical;
      blocks.push({ type: blocks.length === 0 ? 'heading' : 'paragraph', text: points.slice(from, to).join('') });
    } else {
      for (let k = i; k <= lineEnd && k <= points.length; k += 1) offsets[k] = Math.max(0, canonical);
    }
    i = lineEnd + 1;
  }
  return { draft: { title: heading, blocks }, offsets };
}

/** The plain text of source `node`: its own content, or the file its `plainTextPath` names in the ZIP. */
function sourceText(node: XmlNode, files: Readonly<Record<string, Uint8Array>>): string | undefined {
  const inline = children(node, 'PlainTextContent')[0];
  if (inline) return textOf(inline);
  const path = attr(node, 'plainTextPath');
  if (!path) return undefined;
  const name = path.replace(/^internal:\/\//, '');
  const found = files[`sources/${name}`] ?? files[`Sources/${name}`] ?? files[name];
  return found ? strFromU8(found) : undefined;
}

/** Reads the bytes of a `.qdpx`; throws a `QdpxRefusal` naming what is wrong. */
export function readQdpx(bytes: Uint8Array): QdaProject {
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_QDPX_UNPACKED_BYTES) throw new QdpxRefusal(`it unpacks to more than ${MAX_QDPX_UNPACKED_BYTES / 1024 / 1024} MB.`);
        return file.name === 'project.qde' || /^(sources|Sources)\/[^/]+\.txt$/.test(file.name);
      },
    });
  } catch (e) {
    if (e instanceof QdpxRefusal) throw e;
    throw new QdpxRefusal('it is not a REFI-QDA project: the file is not a ZIP archive, or it is damaged.');
  }
  const qde = files['project.qde'];
  if (!qde) throw new QdpxRefusal('it holds no project.qde, the project a REFI-QDA file must have.');
  const xml = strFromU8(qde);
  if (/<!DOCTYPE/i.test(xml)) throw new QdpxRefusal('its project.qde declares a DOCTYPE, which a REFI-QDA project has no use for.');
  let parsed: XmlNode;
  try {
    parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false, trimValues: false, alwaysCreateTextNode: true, processEntities: true, htmlEntities: false, removeNSPrefix: true }).parse(xml, true) as XmlNode;
  } catch {
    throw new QdpxRefusal('its project.qde is not well-formed XML.');
  }
  const root = children(parsed, 'Project')[0];
  if (!root) throw new QdpxRefusal('its project.qde has no Project element.');

  const users = new Map(children(children(root, 'Users')[0], 'User').map((u) => [attr(u, 'guid') ?? '', attr(u, 'name') ?? '']));
  const codes: QdaCode[] = [];
  const collect = (parent: XmlNode | undefined) => {
    for (const code of children(parent, 'Code')) {
      const guid = attr(code, 'guid');
      const name = attr(code, 'name') ?? '';
      if (guid) codes.push({ guid, name, ...(tagOfCodeName(name) ? { tag: tagOfCodeName(name) } : {}) });
      collect(code);
    }
  };
  collect(children(children(root, 'CodeBook')[0], 'Codes')[0]);
  const notes = new Map(children(children(root, 'Notes')[0], 'Note').map((n) => [attr(n, 'guid') ?? '', textOf(children(n, 'PlainTextContent')[0])]));
  const links = new Map<string, string[]>();
  for (const link of children(children(root, 'Links')[0], 'Link')) {
    const from = attr(link, 'originGUID');
    const to = attr(link, 'targetGUID');
    if (from && to) links.set(from, [...(links.get(from) ?? []), to]);
  }

  const sources: ArticleDraft[] = [];
  const codings: QdaCoding[] = [];
  for (const node of children(children(root, 'Sources')[0], 'TextSource')) {
    const name = attr(node, 'name') ?? `Source ${sources.length + 1}`;
    const text = sourceText(node, files);
    if (text === undefined) throw new QdpxRefusal(`its source “${name}” has no text in the file.`);
    const { draft, offsets } = blocksOfText(name, text);
    const length = offsets.length - 1;
    const index = sources.length;
    sources.push(draft);
    for (const selection of children(node, 'PlainTextSelection')) {
      const guid = attr(selection, 'guid') ?? '';
      const start = Number(attr(selection, 'startPosition'));
      const end = Number(attr(selection, 'endPosition'));
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
        throw new QdpxRefusal(`a selection in “${name}” (${attr(selection, 'startPosition')}–${attr(selection, 'endPosition')}) lies outside its text of ${length} characters.`);
      }
      const note = children(selection, 'NoteRef')
        .map((ref) => notes.get(attr(ref, 'targetGUID') ?? '') ?? '')
        .filter((n) => n.trim())
        .join('\n\n');
      for (const coding of children(selection, 'Coding')) {
        const codeGuid = attr(children(coding, 'CodeRef')[0] ?? {}, 'targetGUID');
        if (!codeGuid) continue;
        const creator = attr(coding, 'creatingUser') ?? attr(selection, 'creatingUser') ?? '';
        const created = attr(coding, 'creationDateTime') ?? attr(selection, 'creationDateTime');
        codings.push({
          selectionGuid: guid,
          source: index,
          start: offsets[start]!,
          end: offsets[end]!,
          codeGuid,
          author: users.get(creator) || 'Unknown analyst',
          ...(created ? { createdAt: created } : {}),
          note,
          links: links.get(guid) ?? [],
        });
      }
    }
  }
  if (sources.length === 0) throw new QdpxRefusal('it has no text sources: only text is imported (pictures, audio, video and PDF sources are not).');
  return { name: attr(root, 'name') || sources[0]!.title, sources, codes, codings };
}
