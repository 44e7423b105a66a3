/**
 * The PDF's document information: title and author. Chromium's print engine (Electron's and
 * headless) writes the page's <title> but ignores `<meta name="author">`, so both printers
 * set them on the printed bytes.
 *
 * They are set by an incremental update (PDF 1.7, 7.5.6): a new information dictionary and
 * catalog appended after Chromium's bytes, which stay as they are. Loading and saving the
 * whole file with pdf-lib took seconds on a brief with its whole article, mostly in the tag
 * tree; pdf-lib remains the fallback for a file whose layout the update does not handle.
 */
import { PDFDocument } from 'pdf-lib';

/** What the PDF says about itself. */
export interface PdfMetadata {
  readonly title: string;
  readonly author?: string;
}

/** Who made the file, in the Creator entry. */
const CREATOR = 'Briefing Desk';

/** `pdf` with its title, author and creator set; the pages and structure are untouched. */
export async function withPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  return appendMetadataUpdate(pdf, metadata) ?? rewriteWithMetadata(pdf, metadata);
}

/** The whole file parsed and written again by pdf-lib: slow on big files, but reads any layout. */
async function rewriteWithMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const parsed = await PDFDocument.load(pdf, { updateMetadata: false });
  parsed.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) parsed.setAuthor(metadata.author);
  parsed.setCreator(CREATOR);
  // Plain objects, as Chromium wrote them: readers and checks that scan the file still find the outline.
  return parsed.save({ useObjectStreams: false });
}

const latin1 = new TextDecoder('latin1');

/** A PDF text string: UTF-16BE with its byte order mark, in hex, so any character and no delimiter can appear. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

/** An indirect reference `n g R`. */
interface ObjectRef {
  readonly number: number;
  readonly generation: number;
}

function parseRef(trailer: string, key: string): ObjectRef | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`).exec(trailer);
  return match ? { number: Number(match[1]), generation: Number(match[2]) } : undefined;
}

/** The byte offset of an object in a classic cross-reference table, or undefined when it is not listed there. */
function offsetInTable(table: string, number: number): number | undefined {
  let next: number | undefined;
  for (const line of table.split(/\r\n|\r|\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length === 2) next = Number(fields[0]);
    else if (fields.length === 3 && next !== undefined) {
      if (next === number) return fields[2] === 'n' ? Number(fields[0]) : undefined;
      next++;
    }
  }
  return undefined;
}

/** The dictionary of a stream-less object at `offset`, as written; undefined for anything else. */
function objectDictionary(pdf: Uint8Array, offset: number, ref: ObjectRef): string | undefined {
  const text = latin1.decode(pdf.subarray(offset, offset + 65536));
  const match = /^(\d+)\s+(\d+)\s+obj\s*([\s\S]*?)\s*endobj/.exec(text);
  if (!match || Number(match[1]) !== ref.number || Number(match[2]) !== ref.generation) return undefined;
  const body = match[3] ?? '';
  return body.startsWith('<<') && body.endsWith('>>') && !/\bstream\b/.test(body) ? body : undefined;
}

/**
 * A flat dictionary's entries as written (`/Key` → raw value), as the information dictionary
 * holds them: strings, names, numbers. Undefined for anything nested, which is left to pdf-lib.
 */
function flatEntries(dictionary: string): Map<string, string> | undefined {
  const entries = new Map<string, string>();
  const body = dictionary.slice(2, -2);
  let at = 0;
  const skipSpace = () => {
    while (at < body.length && /\s/.test(body[at] ?? '')) at++;
  };
  const name = () => {
    const match = /^\/[^\s/<>[\]()]*/.exec(body.slice(at));
    if (!match) return undefined;
    at += match[0].length;
    return match[0];
  };
  for (skipSpace(); at < body.length; skipSpace()) {
    const key = name();
    if (!key) return undefined;
    skipSpace();
    const start = at;
    const c = body[at];
    if (c === '(') {
      let depth = 0;
      for (; at < body.length; at++) {
        const d = body[at];
        if (d === '\\') at++;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      if (depth !== 0) return undefined;
      at++;
    } else if (c === '<' && body[at + 1] !== '<') {
      at = body.indexOf('>', at) + 1;
      if (at === 0) return undefined;
    } else if (c === '/') {
      name();
    } else if (c !== undefined && /[\d.+-]/.test(c)) {
      while (at < body.length && body[at] !== '/') at++;
    } else {
      return undefined;
    }
    entries.set(key, body.slice(start, at).trim());
  }
  return entries;
}

/**
 * `pdf` with an incremental update setting the metadata, or undefined when the file is not laid
 * out as Chromium writes it (a classic cross-reference table whose last section lists the
 * catalog and the information dictionary, both plain dictionaries).
 */
export function appendMetadataUpdate(pdf: Uint8Array, metadata: PdfMetadata): Uint8Array | undefined {
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 1024)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) return undefined;
  const xrefOffset = Number(startxref[1]);
  const section = latin1.decode(pdf.subarray(xrefOffset, pdf.length));
  const trailerAt = section.indexOf('trailer');
  if (!section.startsWith('xref') || trailerAt < 0) return undefined;
  const table = section.slice(4, trailerAt);
  const trailer = section.slice(trailerAt, section.indexOf('startxref', trailerAt));
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = parseRef(trailer, 'Root');
  if (!Number.isInteger(size) || !root) return undefined;

  const rootOffset = offsetInTable(table, root.number);
  const catalog = rootOffset === undefined ? undefined : objectDictionary(pdf, rootOffset, root);
  if (!catalog) return undefined;
  // The window title bar shows the title rather than the file name, as pdf-lib's
  // showInWindowTitleBar does; Chromium already asks for it when it writes a tagged PDF.
  const showsTitle = /\/DisplayDocTitle\s+true\b/.test(catalog);
  if (!showsTitle && catalog.includes('/ViewerPreferences')) return undefined;

  const oldInfo = parseRef(trailer, 'Info');
  let infoEntries = new Map<string, string>();
  if (oldInfo) {
    const infoOffset = offsetInTable(table, oldInfo.number);
    const dictionary = infoOffset === undefined ? undefined : objectDictionary(pdf, infoOffset, oldInfo);
    const entries = dictionary && flatEntries(dictionary);
    if (!entries) return undefined;
    infoEntries = entries;
  }
  const info = oldInfo ?? { number: size, generation: 0 };
  infoEntries.set('/Title', pdfTextString(metadata.title));
  if (metadata.author) infoEntries.set('/Author', pdfTextString(metadata.author));
  infoEntries.set('/Creator', pdfTextString(CREATOR));

  const objects = [
    ...(showsTitle ? [] : [{ ref: root, body: `${catalog.slice(0, -2)}\n/ViewerPreferences <</DisplayDocTitle true>>>>` }]),
    { ref: info, body: `<<${[...infoEntries].map(([key, value]) => `${key} ${value}`).join('\n')}>>` },
  ].sort((a, b) => a.ref.number - b.ref.number);

  const ends = pdf[pdf.length - 1] === 0x0a || pdf[pdf.length - 1] === 0x0d;
  let update = ends ? '' : '\n';
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(pdf.length + update.length);
    update += `${object.ref.number} ${object.ref.generation} obj\n${object.body}\nendobj\n`;
  }
  const newXref = pdf.length + update.length;
  update += 'xref\n';
  objects.forEach((object, i) => {
    update += `${object.ref.number} 1\n${String(offsets[i]).padStart(10, '0')} ${String(object.ref.generation).padStart(5, '0')} n \n`;
  });
  const id = /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0];
  update += `trailer\n<</Size ${Math.max(size, info.number + 1)}\n/Root ${root.number} ${root.generation} R\n/Info ${info.number} ${info.generation} R${id ? `\n${id}` : ''}\n/Prev ${xrefOffset}>>\nstartxref\n${newXref}\n%%EOF\n`;

  const bytes = new Uint8Array(pdf.length + update.length);
  bytes.set(pdf);
  // One byte a character: what was copied was decoded as Latin-1, and all that was added is ASCII.
  for (let i = 0; i < update.length; i++) bytes[pdf.length + i] = update.charCodeAt(i);
  return bytes;
}
