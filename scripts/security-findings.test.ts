import { describe, expect, it } from 'vitest';
import { compareWithAllowlist, describeFinding, parseAllowlist, parseSarifFindings } from './security-findings.mjs';

/** A SARIF report shaped as Electronegativity 1.10 writes it. */
function sarif(results: unknown[]): string {
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Electronegativity' } }, results, invocations: [] }] });
}

const preloadFinding = {
  ruleId: 'PRELOAD_JS_CHECK',
  message: { text: 'Review the use of preload scripts' },
  locations: [{ physicalLocation: { artifactLocation: { uri: 'main/index.ts' }, region: { startLine: 46, startColumn: 7 } } }],
};

describe('parseSarifFindings', () => {
  it('reads check, file, line and message of each result', () => {
    expect(parseSarifFindings(sarif([preloadFinding]))).toEqual([
      { check: 'PRELOAD_JS_CHECK', file: 'main/index.ts', line: 46, message: 'Review the use of preload scripts' },
    ]);
  });

  it('normalises Windows separators and keeps global findings without a location', () => {
    const windows = { ...preloadFinding, locations: [{ physicalLocation: { artifactLocation: { uri: 'main\\index.ts' } } }] };
    const global = { ruleId: 'CSP_GLOBAL_CHECK', message: { text: 'No CSP' } };
    expect(parseSarifFindings(sarif([windows, global]))).toEqual([
      { check: 'PRELOAD_JS_CHECK', file: 'main/index.ts', line: 0, message: 'Review the use of preload scripts' },
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0, message: 'No CSP' },
    ]);
  });

  it('fails on a report it does not understand instead of reading it as clean', () => {
    expect(() => parseSarifFindings('{}')).toThrow('no runs');
    expect(() => parseSarifFindings(JSON.stringify({ runs: [{}] }))).toThrow('no results list');
    expect(() => parseSarifFindings(sarif([{ message: { text: 'x' } }]))).toThrow('no ruleId');
    expect(() => parseSarifFindings('not json')).toThrow();
  });
});

describe('parseAllowlist', () => {
  it('accepts entries with check, file and reason', () => {
    const entry = { check: 'PRELOAD_JS_CHECK', file: 'main/index.ts', reason: 'sandboxed, bridge only' };
    expect(parseAllowlist(JSON.stringify([entry]))).toEqual([entry]);
  });

  it('refuses an entry without a reason, naming it', () => {
    expect(() => parseAllowlist(JSON.stringify([{ check: 'X', file: 'a.ts', reason: '  ' }]))).toThrow('entry 1 needs a non-empty "reason"');
    expect(() => parseAllowlist(JSON.stringify({ check: 'X' }))).toThrow('JSON array');
  });
});

describe('compareWithAllowlist', () => {
  const finding = { check: 'PRELOAD_JS_CHECK', file: 'main/index.ts', line: 46, message: 'Review' };

  it('fails a finding the list does not accept for that file', () => {
    const elsewhere = [{ check: 'PRELOAD_JS_CHECK', file: 'main/other.ts', reason: 'r' }];
    expect(compareWithAllowlist([finding], elsewhere)).toEqual({ unlisted: [finding], unused: elsewhere });
  });

  it('accepts a listed finding wherever its line moved', () => {
    const listed = [{ check: 'PRELOAD_JS_CHECK', file: 'main/index.ts', reason: 'r' }];
    expect(compareWithAllowlist([{ ...finding, line: 99 }], listed)).toEqual({ unlisted: [], unused: [] });
  });
});

describe('describeFinding', () => {
  it('names check, place and message', () => {
    expect(describeFinding({ check: 'A', file: 'main/x.ts', line: 3, message: 'm' })).toBe('A in main/x.ts:3: m');
    expect(describeFinding({ check: 'A', file: 'N/A', line: 0, message: 'm' })).toBe('A in N/A: m');
  });
});
