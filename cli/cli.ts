/**
 * The command line, as a function of its arguments and its world: `runCli` reads the brief,
 * renders it and writes the PDF (or the Word document) through injected ports, and returns the exit code. The real
 * ports are wired in `cli-main.ts`; tests pass their own.
 */
import type { BriefFont } from '../app/brief/brief-styles';
import type { Printer } from '../app/platform/printer';
import { ChromiumNotFoundError } from '../node/chromium-printer';
import { parseCliArgs, USAGE } from './cli-args';
import { InvalidBriefFileError, renderBriefFile, renderBriefFileDocx } from '../app/brief/render-brief-file';
import { errorMessage } from '../app/model/error-message';

/** Exit codes, one per kind of failure, so scripts can tell them apart. */
export const EXIT = {
  ok: 0,
  /** Chromium started but printing or writing the PDF failed. */
  failed: 1,
  usage: 2,
  /** The brief file is missing or unreadable. */
  unreadable: 3,
  /** The file is not a valid brief. */
  invalidBrief: 4,
  noChromium: 5,
} as const;

/** The world the command line acts on. */
export interface CliIo {
  /** The text of a file; rejects with a Node error (`code: 'ENOENT'` when missing). */
  readText(path: string): Promise<string>;
  /** Writes the whole file or nothing (see `writeFileAtomic`). */
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  out(line: string): void;
  err(line: string): void;
  readonly printer: Printer;
  loadFonts(): Promise<readonly BriefFont[]>;
}

/** A Node file-system error's message without its stack, naming the file. */
function describeFileError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return `${path}: no such file.`;
  if (code === 'EISDIR') return `${path} is a folder, not a file.`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied.`;
  return `${path}: ${errorMessage(error)}`;
}

/** Runs the command line; resolves to the exit code and never rejects. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(args);
  if (command.kind === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (command.kind === 'usage-error') {
    io.err(`briefing-desk: ${command.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  let text: string;
  try {
    text = await io.readText(command.input);
  } catch (error) {
    io.err(`briefing-desk: cannot read the brief file ${describeFileError(command.input, error)}`);
    return EXIT.unreadable;
  }
  let pdf: Uint8Array;
  const settings = command.paper ? { paper: command.paper } : {};
  try {
    pdf = command.format === 'docx' ? await renderBriefFileDocx(text, settings) : await renderBriefFile(text, { printer: io.printer, fonts: await io.loadFonts(), settings });
  } catch (error) {
    if (error instanceof InvalidBriefFileError) {
      io.err(`briefing-desk: ${command.input}: ${error.message}`);
      return EXIT.invalidBrief;
    }
    if (error instanceof ChromiumNotFoundError) {
      io.err(`briefing-desk: ${error.message}`);
      return EXIT.noChromium;
    }
    io.err(`briefing-desk: ${errorMessage(error)}`);
    return EXIT.failed;
  }
  try {
    await io.writeBytes(command.output, pdf);
  } catch (error) {
    io.err(`briefing-desk: cannot write the ${command.format === 'docx' ? 'Word document' : 'PDF'} ${describeFileError(command.output, error)}`);
    return EXIT.failed;
  }
  io.out(`Wrote ${command.output} (${Math.ceil(pdf.length / 1024)} KB).`);
  return EXIT.ok;
}
