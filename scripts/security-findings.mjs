// The security gate's logic, apart from running Electronegativity so it is tested on its own:
// read the findings from Electronegativity's SARIF report, read the allow-list, and say which
// findings nobody has explained.

/**
 * @typedef {object} Finding One Electronegativity finding.
 * @property {string} check The check's id, e.g. `PRELOAD_JS_CHECK`.
 * @property {string} file The file, relative to the scanned folder, with `/` separators.
 * @property {number} line The line the finding points at (0 when the check is global).
 * @property {string} message What the check says is wrong.
 */

/**
 * @typedef {object} AllowlistEntry A finding the team has reviewed and accepts.
 * @property {string} check The check's id.
 * @property {string} file The file it is accepted in (no line: lines move as code changes).
 * @property {string} reason Why it is safe here, for the next reviewer.
 */

/**
 * The findings in an Electronegativity SARIF report (`-o report.sarif`). Throws when the text
 * is not such a report, so a changed or broken tool fails the gate instead of passing it.
 * @param {string} text The report's contents.
 * @returns {Finding[]}
 */
export function parseSarifFindings(text) {
  const report = JSON.parse(text);
  const runs = report?.runs;
  if (!Array.isArray(runs) || runs.length === 0) throw new Error('Not an Electronegativity SARIF report: it has no runs.');
  return runs.flatMap((run) => {
    if (!Array.isArray(run?.results)) throw new Error('Not an Electronegativity SARIF report: a run has no results list.');
    return run.results.map((result) => {
      if (typeof result?.ruleId !== 'string') throw new Error('Not an Electronegativity SARIF report: a result has no ruleId.');
      const location = result.locations?.[0]?.physicalLocation;
      return {
        check: result.ruleId,
        file: String(location?.artifactLocation?.uri ?? 'N/A').replaceAll('\\', '/'),
        line: Number(location?.region?.startLine ?? 0),
        message: String(result.message?.text ?? ''),
      };
    });
  });
}

/**
 * The allow-list file's entries, checked: each names a check, a file and a reason that is not
 * empty. Throws naming the first bad entry.
 * @param {string} text The allow-list file's contents (a JSON array).
 * @returns {AllowlistEntry[]}
 */
export function parseAllowlist(text) {
  const entries = JSON.parse(text);
  if (!Array.isArray(entries)) throw new Error('The security allow-list must be a JSON array of { check, file, reason }.');
  return entries.map((entry, index) => {
    for (const field of ['check', 'file', 'reason']) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') {
        throw new Error(`Security allow-list entry ${index + 1} needs a non-empty "${field}".`);
      }
    }
    return { check: entry.check, file: entry.file, reason: entry.reason };
  });
}

/**
 * Splits findings into those nobody accepted (these fail the gate) and allow-list entries that
 * matched nothing (stale: reported so the list shrinks when code is fixed).
 * @param {Finding[]} findings
 * @param {AllowlistEntry[]} allowlist
 * @returns {{ unlisted: Finding[], unused: AllowlistEntry[] }}
 */
export function compareWithAllowlist(findings, allowlist) {
  const matches = (entry, finding) => entry.check === finding.check && entry.file === finding.file;
  return {
    unlisted: findings.filter((finding) => !allowlist.some((entry) => matches(entry, finding))),
    unused: allowlist.filter((entry) => !findings.some((finding) => matches(entry, finding))),
  };
}

/**
 * One line per finding, for the gate's output.
 * @param {Finding} finding
 * @returns {string}
 */
export function describeFinding(finding) {
  return `${finding.check} in ${finding.file}${finding.line > 0 ? `:${finding.line}` : ''}: ${finding.message}`;
}
