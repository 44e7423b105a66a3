// `node scripts/make-icons.mjs`: renders assets/icons/icon.svg (the app) and brief.svg (the
// .brief document) to PNGs with the Chromium Playwright drives, then packs the .ico and .icns
// files electron-builder takes. A developer tool: its output is committed, so packaging and CI
// need neither Chromium nor this script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildIcns, buildIco } from './icon-containers.mjs';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const name of ['icon', 'brief']) {
    const svg = readFileSync(join(folder, `${name}.svg`), 'utf8');
    const images = [];
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
      const data = new Uint8Array(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
      images.push({ size, data });
      // Linux takes a folder of PNGs named by size; the app's 1024 PNG also feeds the other platforms.
      if (name === 'icon') {
        mkdirSync(join(folder, 'png'), { recursive: true });
        writeFileSync(join(folder, 'png', `${size}x${size}.png`), data);
      }
    }
    writeFileSync(join(folder, `${name}.png`), images.find((image) => image.size === 1024).data);
    writeFileSync(join(folder, `${name}.ico`), buildIco(images));
    writeFileSync(join(folder, `${name}.icns`), buildIcns(images));
    console.log(`assets/icons/${name}: ${SIZES.join(', ')} px, .png, .ico, .icns`);
  }
} finally {
  await browser.close();
}
