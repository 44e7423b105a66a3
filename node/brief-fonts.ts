/**
 * The fonts a brief embeds, read from the @fontsource packages (SIL Open Font License):
 * Source Serif 4 for the text, Source Sans 3 for headings and labels. app/ cannot read files,
 * so Node callers (the command line, tests, Electron main) load them here and pass them to
 * `renderBriefHtml`; the renderer can do the same with its bundler's asset imports.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BriefFont } from '../app/brief/brief-styles';

/** Subsets embedded: Western and Central European Latin, and Cyrillic for Ukrainian and Russian names. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;

/** The faces the brief stylesheet uses. */
const FACES: readonly { readonly role: BriefFont['role']; readonly pkg: string; readonly weight: number; readonly style: BriefFont['style'] }[] = [
  { role: 'serif', pkg: 'source-serif-4', weight: 400, style: 'normal' },
  { role: 'serif', pkg: 'source-serif-4', weight: 400, style: 'italic' },
  { role: 'serif', pkg: 'source-serif-4', weight: 600, style: 'normal' },
  { role: 'sans', pkg: 'source-sans-3', weight: 400, style: 'normal' },
  { role: 'sans', pkg: 'source-sans-3', weight: 600, style: 'normal' },
  { role: 'sans', pkg: 'source-sans-3', weight: 700, style: 'normal' },
];

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
  for (const face of FACES) {
    const { dir, ranges } = await packageOf(face.pkg);
    for (const subset of SUBSETS) {
      const file = join(dir, 'files', `${face.pkg}-${subset}-${face.weight}-${face.style}.woff2`);
      fonts.push({ role: face.role, weight: face.weight, style: face.style, unicodeRange: ranges[subset], woff2Base64: (await readFile(file)).toString('base64') });
    }
  }
  return fonts;
}
