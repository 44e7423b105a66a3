import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveFileRequestSchema } from '../../../app/platform/ipc-contract';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../../../app/testing/brief-test-fixture';
import { BriefingDeskDatabase } from '../../storage/database';
import { exportRequest, fileStem, type ExportKind } from './export-files';

let db: BriefingDeskDatabase;
afterEach(async () => {
  await db.delete();
});

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('exportRequest', () => {
  it.each<[ExportKind, string]>([
    ['brief', '.brief'],
    ['jsonld', '.jsonld'],
    ['markdown', '.md'],
    ['csv', '-annotations.csv'],
  ])('makes a valid save request for %s', async (kind, ending) => {
    db = new BriefingDeskDatabase(`export-${kind}`);
    await db.annotations.bulkAdd(FIXTURE_ANNOTATIONS.map((a) => ({ ...a, note: hostile })));
    const request = await exportRequest(db, FIXTURE_ARTICLE, kind, 'Alice');
    expect(saveFileRequestSchema.parse(request).suggestedName).toBe(`Security-guarantees-for-Ukraine${ending}`);
    // Hostile text stays text: only JSON may carry it verbatim (as a string), the others escape it.
    if (kind === 'markdown') expect(request.content).not.toContain('<script>');
    expect(request.content.length).toBeGreaterThan(0);
  });
});

describe('fileStem', () => {
  it('keeps letters and digits only', () => {
    expect(fileStem('../Über: "a/b"?')).toBe('Über-a-b');
    expect(fileStem('***')).toBe('brief');
  });
});
