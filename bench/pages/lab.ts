/**
 * The app's own code on a bench page, served from the app's origin: seeding the app's
 * database before an open, timing storage through the app's Dexie layer, and timing anchoring
 * and re-anchoring (on this page's main thread and in the app's re-anchoring worker).
 */
import Dexie from 'dexie';
import { placeAnnotations } from '../../app/annotations/anchored-annotations';
import { createChanges } from '../../app/annotations/annotation-changes';
import { canonicalText } from '../../app/model/canonical-text';
import type { Article } from '../../app/model/model';
import { reanchorAnnotations, type Reanchored } from '../../app/anchoring/reanchor';
import { annotationsOf, applyChanges } from '../../renderer/storage/annotation-store';
import { BriefingDeskDatabase } from '../../renderer/storage/database';
import { reanchorInWorker } from '../../renderer/features/article-import/reanchor-client';
import { fetchData, fetchJson, publish } from './page-kit';
import { STRESS_BRIEF_ID, STRESS_DOSSIER_ID, type StressDossier } from '../stress-data';

const task = new URLSearchParams(location.search).get('task');
const count = Number(new URLSearchParams(location.search).get('n') ?? 0);

/** Stores the stress article and `count` annotations as the app would find them after long use. */
async function seed(): Promise<Record<string, unknown>> {
  const { article, annotations } = await fetchData(count);
  const db = new BriefingDeskDatabase();
  await db.transaction('rw', [db.articles, db.annotations, db.settings, db.tombstones, db.dossiers], async () => {
    await Promise.all([db.articles.clear(), db.annotations.clear(), db.tombstones.clear(), db.dossiers.clear()]);
    await db.articles.put(article);
    await db.dossiers.put({ id: STRESS_BRIEF_ID, sources: [article.id], title: '', keyJudgments: '', marking: 'UNCLASSIFIED', author: 'Bench Analyst' });
    await db.annotations.bulkPut([...annotations]);
    await db.settings.bulkPut([
      { key: 'analystName', value: 'Bench Analyst' },
      { key: 'lastArticleId', value: article.id },
      { key: 'lastBriefId', value: STRESS_BRIEF_ID },
    ]);
  });
  db.close();
  return { seeded: annotations.length };
}

/** Stores the stress dossier (a brief of many sources and their annotations) as the only brief, opened at its first source. */
async function seedDossier(): Promise<Record<string, unknown>> {
  const { articles, annotations } = await fetchJson<StressDossier>('dossier');
  const db = new BriefingDeskDatabase();
  await db.transaction('rw', [db.articles, db.annotations, db.settings, db.tombstones, db.dossiers], async () => {
    await Promise.all([db.articles.clear(), db.annotations.clear(), db.tombstones.clear(), db.dossiers.clear()]);
    await db.articles.bulkPut([...articles]);
    await db.dossiers.put({ id: STRESS_DOSSIER_ID, sources: articles.map((a) => a.id), title: 'Stress dossier', keyJudgments: '', marking: 'UNCLASSIFIED', author: 'Bench Analyst' });
    await db.annotations.bulkPut([...annotations]);
    await db.settings.bulkPut([
      { key: 'analystName', value: 'Bench Analyst' },
      { key: 'lastArticleId', value: articles[0]?.id ?? '' },
      { key: 'lastBriefId', value: STRESS_DOSSIER_ID },
    ]);
  });
  db.close();
  return { seeded: annotations.length, sources: articles.length };
}

/**
 * Writes `count` annotations as one stored action (applyChanges), reads them back
 * (annotationsOf), then times single-annotation writes on top, as taggings make them.
 */
async function storage(): Promise<Record<string, unknown>> {
  const { article, annotations } = await fetchData(count);
  const name = `bench-storage-${Date.now()}`;
  const db = new BriefingDeskDatabase(name);
  await db.open();
  const t0 = performance.now();
  await applyChanges(db, annotations.flatMap(createChanges), 'Bench Analyst', new Date().toISOString());
  const t1 = performance.now();
  const read = await annotationsOf(db, article.id);
  const t2 = performance.now();
  // What each tagging waits for before it shows: one annotation's durable write, at this size.
  const oneMs: number[] = [];
  for (const annotation of annotations.slice(0, 30)) {
    const start = performance.now();
    await applyChanges(db, createChanges({ ...annotation, id: crypto.randomUUID() }), 'Bench Analyst', new Date().toISOString());
    oneMs.push(performance.now() - start);
  }
  db.close();
  await Dexie.delete(name);
  if (read.length !== annotations.length) throw new Error(`read ${read.length} of ${annotations.length}`);
  return { writeMs: t1 - t0, readMs: t2 - t1, oneMs };
}

/** How the outcomes split, to show the revision exercised every path. */
function outcomes(results: readonly Reanchored[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const r of results) {
    const key = r.status === 'anchored' ? `anchored-${r.method}` : r.status;
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}

/**
 * Anchoring `count` annotations: on the unchanged text (what opening does, and what the
 * peers' quote anchoring is compared with) and on the revised text (the import worker's job).
 */
async function anchor(): Promise<Record<string, unknown>> {
  const { article, annotations } = await fetchData(count);
  const revised = await fetchJson<Article>('revised');
  const text = canonicalText(article.blocks);
  const revisedText = canonicalText(revised.blocks);
  const t0 = performance.now();
  placeAnnotations(text, annotations);
  const t1 = performance.now();
  reanchorAnnotations(text, annotations);
  const t2 = performance.now();
  // With the old text, as an import of a revision does: paragraphs of the old text are read for
  // short quotes and rewritten sentences.
  const results = reanchorAnnotations(revisedText, annotations, { previous: text });
  const t3 = performance.now();
  // The app's own worker (renderer/import), from posting the request until the outcomes are back.
  const t4 = performance.now();
  await reanchorInWorker(revisedText, annotations, () => undefined, text);
  const t5 = performance.now();
  return { placeMs: t1 - t0, anchorSameTextMs: t2 - t1, reanchorMs: t3 - t2, reanchorWorkerMs: t5 - t4, outcomes: outcomes(results) };
}

publish(async () => {
  if (task === 'seed') return seed();
  if (task === 'seed-dossier') return seedDossier();
  if (task === 'storage') return storage();
  if (task === 'anchor') return anchor();
  throw new Error(`unknown task ${task}`);
});
