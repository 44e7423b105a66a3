/**
 * The command line's arguments: `render <file.brief>... -o <out.pdf|out.docx|folder>
 * [--format pdf|docx] [--paper a4|letter] [--appendix short|full|none]`, and `--help`. Plain
 * parsing, no library, so every message is ours and the rules are tested.
 */
import type { PaperSize } from '../app/model/paper-size';

/** How to call the command line, printed with `--help` and after a usage error. */
export const USAGE = `Usage: briefing-desk render <file.brief>... -o <out.pdf|out.docx|folder> [options]

Renders brief files to PDFs with Chromium (CHROMIUM_PATH, else /usr/bin/chromium), one
browser for them all, or to Word documents.
  -o, --output <path>       the file to write; with several brief files, the folder to write
                            each one's <name>.pdf (or .docx) in (required)
  --format pdf|docx         what to write (default: by the output's ending, else pdf)
  --paper a4|letter         paper size (default: the brief's own, else a4)
  --appendix short|full|none
                            the PDF's appendix: long sources' highlighted paragraphs only,
                            every paragraph, or none (default: the brief's own choice)
  -h, --help                show this help`;

/** What the arguments ask for. */
export type CliCommand =
  | { readonly kind: 'help' }
  /** `paper` is undefined when not given: the brief's own paper (A4 unless it says otherwise) is used. */
  | {
      readonly kind: 'render';
      /** The brief files, in the order given (at least one). */
      readonly inputs: readonly string[];
      /** The file to write for one input; the folder to write each into for several. */
      readonly output: string;
      readonly format: OutputFormat;
      readonly paper?: PaperSize;
      /** `appendix` undefined: as the brief says. */
      readonly appendix?: AppendixChoice;
    }
  | { readonly kind: 'usage-error'; readonly message: string };

const PAPERS: readonly PaperSize[] = ['a4', 'letter'];

/** What `--appendix` asks for: the default excerpt of long sources, every paragraph, or no appendix. */
export type AppendixChoice = 'short' | 'full' | 'none';
const APPENDIX_CHOICES: readonly AppendixChoice[] = ['short', 'full', 'none'];

/** What the command line writes. */
export type OutputFormat = 'pdf' | 'docx';
const FORMATS: readonly OutputFormat[] = ['pdf', 'docx'];

/**
 * Parses the arguments after the program name. Options may come before or after the input
 * file, as `-o x`, `--output x` or `--output=x`. Anything unknown, missing or repeated is a
 * usage error with a message naming it.
 */
export function parseCliArgs(args: readonly string[]): CliCommand {
  if (args.length === 0 || args.some((a) => a === '-h' || a === '--help')) return { kind: 'help' };
  const [command, ...rest] = args;
  if (command !== 'render') return { kind: 'usage-error', message: `Unknown command "${command}"; the command is "render".` };
  const positional: string[] = [];
  let output: string | undefined;
  let paper: string | undefined;
  let format: string | undefined;
  let appendix: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-o' || flag === '--output' || flag === '--paper' || flag === '--format' || flag === '--appendix') {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') return { kind: 'usage-error', message: `${flag} needs a value.` };
      if (flag === '--paper') {
        if (paper !== undefined) return { kind: 'usage-error', message: '--paper is given twice.' };
        paper = value.toLowerCase();
      } else if (flag === '--appendix') {
        if (appendix !== undefined) return { kind: 'usage-error', message: '--appendix is given twice.' };
        appendix = value.toLowerCase();
      } else if (flag === '--format') {
        if (format !== undefined) return { kind: 'usage-error', message: '--format is given twice.' };
        format = value.toLowerCase();
      } else {
        if (output !== undefined) return { kind: 'usage-error', message: 'The output is given twice.' };
        output = value;
      }
    } else if (flag.startsWith('-') && flag !== '-') {
      return { kind: 'usage-error', message: `Unknown option ${flag}.` };
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) return { kind: 'usage-error', message: 'Name the brief file to render.' };
  if (output === undefined) return { kind: 'usage-error', message: 'Name the file to write with -o <out.pdf> (or <out.docx>).' };
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) return { kind: 'usage-error', message: `Unknown format "${format}"; use pdf or docx.` };
  if (paper !== undefined && !(PAPERS as readonly string[]).includes(paper)) {
    return { kind: 'usage-error', message: `Unknown paper "${paper}"; use a4 or letter.` };
  }
  if (appendix !== undefined && !(APPENDIX_CHOICES as readonly string[]).includes(appendix)) {
    return { kind: 'usage-error', message: `Unknown appendix "${appendix}"; use short, full or none.` };
  }
  const chosen = (format as OutputFormat | undefined) ?? (positional.length === 1 && /\.docx$/i.test(output) ? 'docx' : 'pdf');
  return {
    kind: 'render',
    inputs: positional,
    output,
    format: chosen,
    ...(paper ? { paper: paper as PaperSize } : {}),
    ...(appendix ? { appendix: appendix as AppendixChoice } : {}),
  };
}
