/**
 * A `.brief` file's text to PDF bytes: parse and validate it, compose the brief, render the
 * HTML with the embedded fonts, print; or to a Word document from the same composed brief. The one pipeline the command line and the PDF tests
 * share (the desktop app composes from its database instead, with the same app/ pieces).
 */
import { composeBrief, type BriefModel } from './brief-compose';
import { renderBriefDocx } from './brief-docx';
import { parseBriefFile } from '../exchange/brief-file';
import { renderBriefHtml } from './brief-html';
import type { BriefSettings } from './brief-settings';
import type { BriefFont } from './brief-styles';
import type { Printer } from '../platform/printer';
import type { PaperSize } from '../model/paper-size';

/** Thrown when the file is not a valid brief; the message is `parseBriefFile`'s. */
export class InvalidBriefFileError extends Error {
  override readonly name = 'InvalidBriefFileError';
}

/** What `renderBriefFile` needs besides the file. */
export interface RenderBriefFileOptions {
  readonly printer: Printer;
  /** Fonts to embed (see `loadBriefFonts`); none means system fonts. */
  readonly fonts?: readonly BriefFont[];
  /** Settings for the PDF; the file carries none, so anything missing takes the defaults. */
  readonly settings?: Partial<BriefSettings>;
}

/**
 * The brief model of a `.brief` file. The export date and analyst printed are the file's own
 * (`exportedAt`, and the brief's author or else `exportedBy`), so the same file always gives
 * the same brief. Rejects with InvalidBriefFileError for a file `parseBriefFile` refuses.
 */
export async function briefFileModel(text: string, settings?: Partial<BriefSettings>): Promise<BriefModel> {
  const parsed = await parseBriefFile(text);
  if (!parsed.ok) throw new InvalidBriefFileError(parsed.message);
  const file = parsed.value;
  return composeBrief({
    articles: file.articles,
    annotations: file.annotations,
    brief: file.brief,
    settings,
    exportedAt: file.exportedAt,
    analyst: file.brief.author || file.exportedBy,
  });
}

/** The HTML of a `.brief` file's brief (see `briefFileModel`). */
export async function briefFileHtml(
  text: string,
  options: Omit<RenderBriefFileOptions, 'printer'> = {},
): Promise<{ html: string; title: string; paper: PaperSize; author: string }> {
  const model = await briefFileModel(text, options.settings);
  return { html: renderBriefHtml(model, { fonts: options.fonts }), title: model.title, paper: model.paper, author: model.analyst };
}

/** The Word document of a `.brief` file's brief (see `briefFileModel`). */
export async function renderBriefFileDocx(text: string, settings?: Partial<BriefSettings>): Promise<Uint8Array> {
  return renderBriefDocx(await briefFileModel(text, settings));
}

/** The PDF of a `.brief` file's brief (see `briefFileHtml`); rejects with the printer's errors too. */
export async function renderBriefFile(text: string, options: RenderBriefFileOptions): Promise<Uint8Array> {
  // The paper is the brief's own unless the caller overrides it (the command line's --paper).
  const { html, title, paper, author } = await briefFileHtml(text, options);
  return options.printer.print(html, { paper, title, author });
}
