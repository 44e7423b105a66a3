// electron-builder.yml checked against the JSON schema electron-builder ships
// (app-builder-lib/scheme.json), so a misspelt or misplaced option fails here rather than on a
// release machine, and the settings the issue requires (fuses, asar, the .brief association,
// icons for every platform) are pinned.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICNS_TYPES, pngSize } from './icon-containers.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// js-yaml and ajv come with electron-builder; js-yaml ships no types, so it is required untyped.
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;

/** The parsed configuration, loosely typed for the checks below. */
type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  fileAssociations: Record<string, string>[];
  linux: Record<string, unknown> & { desktop: { entry: Record<string, string> } };
  mac: { icon: string };
  win: { icon: string };
};
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;

let validate: ReturnType<Ajv['compile']>;

beforeAll(() => {
  // Compiled once: the schema is large (seconds to compile). strict off: it uses keywords
  // (e.g. "markdownDescription") Ajv does not know.
  validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
}, 120_000);

/** Validates `value` against electron-builder's schema; the errors, none when valid. */
function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('electron-builder.yml', () => {
  it('matches the JSON schema electron-builder ships', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('is rejected by that schema when an option is misspelt (the check bites)', () => {
    expect(schemaErrors({ ...config, asarr: true }).length).toBeGreaterThan(0);
    expect(schemaErrors({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }).length).toBeGreaterThan(0);
  });

  it('packs into asar and sets the hardening fuses', () => {
    expect(config['asar']).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('associates .brief files with a MIME type and an icon for macOS and Windows, and the Linux desktop entry names it', () => {
    const [association] = config.fileAssociations;
    expect(association).toMatchObject({ ext: 'brief', mimeType: 'application/x-briefing-desk-brief' });
    for (const extension of ['icns', 'ico']) expect(existsSync(join(root, `${association?.['icon']}.${extension}`)), extension).toBe(true);
    expect(config.linux.desktop.entry['MimeType']).toContain('application/x-briefing-desk-brief');
  });

  it('names icons that exist for every platform, Linux\'s in every size up to 1024 px', () => {
    expect(readFileSync(join(root, config.mac.icon)).subarray(0, 4).toString('latin1')).toBe('icns');
    expect([...readFileSync(join(root, config.win.icon)).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(join(root, String(config.linux['icon']), `${size}x${size}.png`))), `${size}px`).toBe(size);
    }
  });
});

describe('icon containers', () => {
  it('holds the PNG sizes each platform reads', () => {
    const icns = readFileSync(join(root, config.mac.icon));
    for (const type of Object.values(ICNS_TYPES)) expect(icns.includes(Buffer.from(type, 'latin1')), type).toBe(true);
    const ico = readFileSync(join(root, config.win.icon));
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(6);
  });
});
