// Types of security-findings.mjs for its TypeScript test.

/** One Electronegativity finding. */
export interface Finding {
  check: string;
  file: string;
  line: number;
  message: string;
}

/** A finding the team has reviewed and accepts, with why. */
export interface AllowlistEntry {
  check: string;
  file: string;
  reason: string;
}

/** The findings in an Electronegativity SARIF report. */
export function parseSarifFindings(text: string): Finding[];
/** The allow-list file's checked entries. */
export function parseAllowlist(text: string): AllowlistEntry[];
/** Findings nobody accepted, and allow-list entries that matched nothing. */
export function compareWithAllowlist(findings: Finding[], allowlist: AllowlistEntry[]): { unlisted: Finding[]; unused: AllowlistEntry[] };
/** One line per finding. */
export function describeFinding(finding: Finding): string;
