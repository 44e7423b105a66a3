/**
 * The command line, as a function of its arguments and its world: `runCli` reads each brief,
 * renders it and writes the PDF (or the Word document) through injected ports, and returns the
 * exit code. The real ports are wired in `index.ts`; tests pass their own.
 */
import { basename, join } from 'node:path';
import type { BriefFont } from '../app/brief/brief-styles';
import type { Printer } from '../app/platform/printer';
import { ChromiumNotFoundError } from '../node/chromium-printer';
import { parseCliArgs, USAGE, type AppendixChoice, type CliCommand } from './cli-args';
import type { BriefSettings } from '../app/brief/brief-settings';
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

/** The settings the options override: the paper, and the appendix as `--appendix` names it. */
function overrides(command: CliCommand & { kind: 'render' }): Partial<BriefSettings> {
  const appendix: Record<AppendixChoice, Partial<BriefSettings>> = {
    short: { appendix: true, fullAppendix: false },
    full: { appendix: true, fullAppendix: true },
    none: { appendix: false },
  };
  return { ...(command.paper ? { paper: command.paper } : {}), ...(command.appendix ? appendix[command.appendix] : {}) };
}

/** Where each input is written: the output itself for one, `<output>/<name>.<ext>` for several. */
function outputsOf(command: CliCommand & { kind: 'render' }): string[] {
  if (command.inputs.length === 1) return [command.output];
  return command.inputs.map((input) => join(command.output, `${basename(input).replace(/\.brief$/i, '')}.${command.format}`));
}

/**
 * Runs the command line; resolves to the exit code and never rejects. With several brief
 * files, each is rendered in turn (one Chromium for all: the printer keeps its browser), a
 * failure is reported and the rest still rendered, and the code is the first failure's.
 */
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
  const outputs = outputsOf(command);
  const twice = outputs.find((output, i) => outputs.indexOf(output) !== i);
  if (twice !== undefined) {
    io.err(`briefing-desk: two brief files would both be written to ${twice}; rename one, or render them apart.\n\n${USAGE}`);
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  for (const [i, input] of command.inputs.entries()) {
    const result = await renderOne(input, outputs[i] ?? command.output, command, io);
    if (code === EXIT.ok) code = result;
  }
  return code;
}

/** Renders the brief file `input` to `output`; resolves to the exit code, having said what went wrong. */
async function renderOne(input: string, output: string, command: CliCommand & { kind: 'render' }, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await io.readText(input);
  } catch (error) {
    io.err(`briefing-desk: cannot read the brief file ${describeFileError(input, error)}`);
    return EXIT.unreadable;
  }
  let bytes: Uint8Array;
  const settings = overrides(command);
  try {
    bytes = command.format === 'docx' ? await renderBriefFileDocx(text, settings) : await renderBriefFile(text, { printer: io.printer, fonts: await io.loadFonts(), settings });
  } catch (error) {
    if (error instanceof InvalidBriefFileError) {
      io.err(`briefing-desk: ${input}: ${error.message}`);
      return EXIT.invalidBrief;
    }
    if (error instanceof ChromiumNotFoundError) {
      io.err(`briefing-desk: ${error.message}`);
      return EXIT.noChromium;
    }
    io.err(`briefing-desk: ${input}: ${errorMessage(error)}`);
    return EXIT.failed;
  }
  try {
    await io.writeBytes(output, bytes);
  } catch (error) {
    io.err(`briefing-desk: cannot write the ${command.format === 'docx' ? 'Word document' : 'PDF'} ${describeFileError(output, error)}`);
    return EXIT.failed;
  }
  io.out(`Wrote ${output} (${Math.ceil(bytes.length / 1024)} KB).`);
  return EXIT.ok;
}
