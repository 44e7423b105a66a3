import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveFileRequestSchema } from '../../../app/platform/ipc-contract';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF_ID } from '../../../app/testing/brief-test-fixture';
import { BriefingDeskDatabase } from '../../storage/database';
import { exportRequest, type ExportKind } from './export-files';

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
    await db.articles.add(FIXTURE_ARTICLE);
    await db.dossiers.add({ id: FIXTURE_BRIEF_ID, sources: [FIXTURE_ARTICLE.id], title: '', keyJudgments: '', marking: 'UNCLASSIFIED', author: 'Alice' });
    await db.annotations.bulkAdd(FIXTURE_ANNOTATIONS.map((a) => ({ ...a, note: hostile })));
    const request = await exportRequest(db, FIXTURE_BRIEF_ID, kind, 'Alice');
    expect(saveFileRequestSchema.parse(request).suggestedName).toBe(`Security-guarantees-for-Ukraine${ending}`);
    // Hostile text stays text: only JSON may carry it verbatim (as a string), the others escape it.
    if (kind === 'markdown') expect(request.content).not.toContain('<script>');
    expect(request.content.length).toBeGreaterThan(0);
  });

  it('names the file after the brief once it has a title', async () => {
    db = new BriefingDeskDatabase('export-brief-title');
    await db.articles.add(FIXTURE_ARTICLE);
    await db.dossiers.put({ id: FIXTURE_BRIEF_ID, sources: [FIXTURE_ARTICLE.id], title: 'Guarantees on paper: a first read', keyJudgments: '', marking: 'UNCLASSIFIED', author: 'Alice' });
    expect((await exportRequest(db, FIXTURE_BRIEF_ID, 'markdown', 'Alice')).suggestedName).toBe('Guarantees-on-paper-a-first-read.md');
    expect((await exportRequest(db, FIXTURE_BRIEF_ID, 'csv', 'Alice')).suggestedName).toBe('Guarantees-on-paper-a-first-read-annotations.csv');
  });
});
