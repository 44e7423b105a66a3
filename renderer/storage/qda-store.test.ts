import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCodeMapping } from '../../app/qda/qda-annotations';
import { qdpxBytes } from '../../app/qda/qdpx-export';
import { readQdpx } from '../../app/qda/qdpx-import';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../../app/testing/brief-test-fixture';
import { annotationsOfBrief } from './annotation-store';
import { BriefingDeskDatabase } from './database';
import { storeQdaProject } from './qda-store';

let db: BriefingDeskDatabase;
let counter = 0;
afterEach(async () => {
  await db.delete();
});

describe('storeQdaProject', () => {
  const project = readQdpx(qdpxBytes({ name: 'Field work', articles: [FIXTURE_ARTICLE], annotations: FIXTURE_ANNOTATIONS, exportedBy: 'Ada', exportedAt: '2026-01-05T09:30:00Z', origin: 'test' }));

  it('stores a new brief on the sources with the mapped codings, and a second import of it apart, with ids of its own', async () => {
    db = new BriefingDeskDatabase(`qda-${++counter}`);
    const first = await storeQdaProject(db, project, defaultCodeMapping(project), 'Ada');
    expect(first).toMatchObject({ annotations: FIXTURE_ANNOTATIONS.length, existing: 0, brief: { title: 'Field work' } });
    const second = await storeQdaProject(db, project, defaultCodeMapping(project), 'Ada');
    expect(second.existing).toBe(1);
    expect(await db.articles.count()).toBe(1);
    const [a, b] = await Promise.all([annotationsOfBrief(db, first.brief), annotationsOfBrief(db, second.brief)]);
    expect(a).toHaveLength(FIXTURE_ANNOTATIONS.length);
    expect(b).toHaveLength(FIXTURE_ANNOTATIONS.length);
    expect(new Set([...a, ...b].map((x) => x.id)).size).toBe(2 * FIXTURE_ANNOTATIONS.length);
    // Links follow the new ids.
    const linked = b.filter((x) => x.links.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const x of linked) for (const l of x.links) expect(b.some((y) => y.id === l)).toBe(true);
  });

  it('leaves out the codings of a code mapped to nothing', async () => {
    db = new BriefingDeskDatabase(`qda-${++counter}`);
    const mapping = { ...defaultCodeMapping(project), [project.codes[1]!.guid]: null };
    const stored = await storeQdaProject(db, project, mapping, 'Ada');
    expect(stored.annotations).toBe(FIXTURE_ANNOTATIONS.filter((x) => x.tag !== 'risk').length);
  });
});
