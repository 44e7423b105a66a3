/**
 * The fonts a brief embeds (app/brief/brief-fonts.ts lists them), read from the @fontsource
 * packages. app/ cannot read files, so Node callers (the command line, tests, the bench) load
 * them here and pass them to `renderBriefHtml`; the renderer has its bundled loader.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { briefFontFiles } from '../app/brief/brief-fonts';
import type { BriefFont } from '../app/brief/brief-styles';

/**
 * Every face in every subset, with its unicode range. Rejects with an Error naming the package
 * when a @fontsource package is missing (run `npm ci`).
 */
export async function loadBriefFonts(): Promise<BriefFont[]> {
  const require = createRequire(import.meta.url);
  const folders = new Map<string, { dir: string; ranges: Record<string, string> }>();
  const packageOf = async (pkg: string) => {
    const known = folders.get(pkg);
    if (known) return known;
    let dir: string;
    try {
      dir = dirname(require.resolve(`@fontsource/${pkg}/package.json`));
    } catch (error) {
      throw new Error(`The font package @fontsource/${pkg} is missing; run npm ci.`, { cause: error });
    }
    const entry = { dir, ranges: JSON.parse(await readFile(join(dir, 'unicode.json'), 'utf8')) as Record<string, string> };
    folders.set(pkg, entry);
    return entry;
  };
  const fonts: BriefFont[] = [];
  for (const font of briefFontFiles()) {
    const { dir, ranges } = await packageOf(font.pkg);
    const bytes = await readFile(join(dir, 'files', font.file));
    fonts.push({ role: font.role, weight: font.weight, style: font.style, unicodeRange: ranges[font.subset], woff2Base64: bytes.toString('base64') });
  }
  return fonts;
}
