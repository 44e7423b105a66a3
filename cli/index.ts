/**
 * The command line's entry point, bundled to `out/cli/briefing-desk.js` (`npm run build:cli`)
 * and started by `bin/briefing-desk.mjs`: wires `runCli` to the real file system, console and
 * the Chromium printer, and exits with its code.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_BRIEF_FILE_LENGTH } from '../app/exchange/brief-file';
import { writeFileAtomic } from '../node/atomic-write';
import { loadBriefFonts } from '../node/brief-fonts';
import { createChromiumPrinter } from '../node/chromium-printer';
import { runCli, type CliIo } from './cli';

/** Largest file read: a brief at its length limit takes at most 3 UTF-8 bytes per UTF-16 unit. */
const MAX_FILE_BYTES = MAX_BRIEF_FILE_LENGTH * 3;

const printer = createChromiumPrinter();
const io: CliIo = {
  async readText(path) {
    const size = (await stat(path)).size;
    // Checked before reading, so a huge file is refused without loading it.
    if (size > MAX_FILE_BYTES) throw new Error(`the file is too large (${Math.round(size / 1e6)} MB) to be a brief file.`);
    return readFile(path, 'utf8');
  },
  writeBytes: writeFileAtomic,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  printer,
  loadFonts: loadBriefFonts,
};

try {
  process.exitCode = await runCli(process.argv.slice(2), io);
} finally {
  await printer.close();
}
