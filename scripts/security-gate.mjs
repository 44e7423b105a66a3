// `npm run test:security`: runs Electronegativity over the app's sources (main/, renderer/, app/
// without tests) with the Electron version pinned, reads its SARIF report, and fails on any
// finding that security-allowlist.json does not accept with a reason. Electronegativity itself
// exits 0 whatever it finds, so its report is the only thing that counts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithAllowlist, describeFinding, parseAllowlist, parseSarifFindings } from './security-findings.mjs';

/** The Electron the app ships (package.json's electron, pinned so a new release cannot change the checks). */
const ELECTRON_VERSION = '45.5.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scanned = ['main', 'preload', 'renderer', 'app'];

const workspace = mkdtempSync(join(tmpdir(), 'briefing-desk-security-'));
try {
  const sources = join(workspace, 'src');
  for (const folder of scanned) {
    // Tests build hostile inputs on purpose; they never ship, so they are not scanned.
    cpSync(join(root, folder), join(sources, folder), { recursive: true, filter: (path) => !/\.test\.tsx?$/.test(path) });
  }
  const report = join(workspace, 'report.sarif');
  const run = spawnSync(join(root, 'node_modules', '.bin', 'electronegativity'), ['-i', sources, '-e', ELECTRON_VERSION, '-r', '-o', report], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`Electronegativity failed (exit ${run.status ?? run.signal}):\n${run.stderr}`);
    process.exit(2);
  }
  const findings = parseSarifFindings(readFileSync(report, 'utf8'));
  const allowlist = parseAllowlist(readFileSync(join(root, 'security-allowlist.json'), 'utf8'));
  const { unlisted, unused } = compareWithAllowlist(findings, allowlist);
  for (const entry of unused) console.log(`Allow-list entry no longer needed: ${entry.check} in ${entry.file}`);
  if (unlisted.length > 0) {
    console.error(`Security gate: ${unlisted.length} Electronegativity finding(s) not in security-allowlist.json:`);
    for (const finding of unlisted) console.error(`  ${describeFinding(finding)}`);
    console.error('Fix them, or add each to security-allowlist.json with the reason it is safe.');
    process.exit(1);
  }
  console.log(`Security gate: ${findings.length} finding(s), all accepted in security-allowlist.json.`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
