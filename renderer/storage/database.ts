/**
 * The Briefing Desk database: one typed Dexie class over IndexedDB. Schema changes are new
 * versions appended below with their upgrade functions, never edits of an old version.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, Article } from '../../app/model/model';
import type { Brief } from '../../app/brief/brief';
import type { AnnotationTombstone } from '../../app/annotations/tombstone';
import type { RevisionItem } from '../../app/revisions/revision-plan';
import type { RevisionRecord } from '../../app/revisions/revision-record';
import { inferRevisionRecords } from '../../app/revisions/earlier-revision';
import { upgradeLegacyBriefs, type LegacyAnnotation, type LegacyBrief, type LegacyRevisionItem, type LegacyTombstone } from '../../app/brief/legacy-briefs';

/** A stored setting: one key, one JSON-serialisable value. */
export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

/** The schema version that began recording which revision of an article each article is. */
export const REVISION_HISTORY_VERSION = 5;

/** The schema version in which a brief became the unit of work, with sources and its own annotations. */
export const BRIEF_SOURCES_VERSION = 6;

/**
 * The schema version whose annotations keep only the compound indexes: `articleId` and
 * `briefId` alone are read through their prefixes (Dexie's virtual indexes), and each index
 * fewer is one entry fewer written per annotation (a 10k merge: about a fifth of its write).
 */
export const LEAN_INDEX_VERSION = 7;

/** The newest schema version: the one this build opens (and upgrades older databases to). */
export const SCHEMA_VERSION = LEAN_INDEX_VERSION;

/** The database name in the renderer's persistent session. */
export const DATABASE_NAME = 'briefing-desk';

/** The typed database. Create one per window (`openDatabase`); tests pass fake-indexeddb. */
export class BriefingDeskDatabase extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  /** The briefs (the table is named apart from version 1's `briefs`, which was keyed by article: IndexedDB cannot re-key a table). */
  dossiers!: EntityTable<Brief, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  tombstones!: EntityTable<AnnotationTombstone, 'id'>;
  revisions!: EntityTable<RevisionItem, 'id'>;
  history!: EntityTable<RevisionRecord, 'articleId'>;

  constructor(name: string = DATABASE_NAME, options: DexieOptions = {}) {
    // Strict durability: a user's annotation must be on disk before the UI says it is saved.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      articles: 'id, &textHash, title',
      annotations: 'id, articleId, [articleId+tag]',
      briefs: 'articleId',
      settings: 'key',
    });
    // Version 2: deletions leave tombstones, so a teammate's older file cannot resurrect them.
    this.version(2).stores({ tombstones: 'id, articleId' });
    // When another window deletes or upgrades the database, stop writing instead of letting
    // Dexie reopen it: an automatic reopen would put the next action into an empty database.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      return false;
    });
    // Version 3: a revision's re-anchored annotations that wait for the analyst's review.
    this.version(3).stores({ reviews: 'id, articleId' });
    // Version 4: that queue is named for what it holds, a revision's items; reviews are reviewers' verdicts.
    this.version(4)
      .stores({ revisions: 'id, articleId', reviews: null })
      .upgrade(async (tx) => {
        await tx.table('revisions').bulkAdd(await tx.table('reviews').toArray());
      });
    // Version 5: which revision of an article each article is, so the library shows one entry
    // per article; revisions imported before are linked from their titles and shared annotations.
    this.version(REVISION_HISTORY_VERSION)
      .stores({ history: 'articleId, previousId' })
      .upgrade(async (tx) => {
        const [articles, annotations] = await Promise.all([tx.table<Article>('articles').toArray(), tx.table<Annotation>('annotations').toArray()]);
        await tx.table('history').bulkAdd(inferRevisionRecords(articles, annotations));
      });
    // Version 6: a brief is the unit of work — its sources (articles, in order) and its own
    // annotations; each article's brief becomes a one-source brief (app/brief/legacy-briefs.ts).
    this.version(BRIEF_SOURCES_VERSION)
      .stores({
        dossiers: 'id, *sources',
        briefs: null,
        annotations: 'id, articleId, [articleId+tag], briefId, [briefId+articleId]',
        tombstones: 'id, articleId, briefId',
      })
      .upgrade(async (tx) => {
        const [articles, history, briefs, annotations, tombstones, revisions] = await Promise.all([
          tx.table<Article>('articles').toArray(),
          tx.table<RevisionRecord>('history').toArray(),
          tx.table<LegacyBrief>('briefs').toArray(),
          tx.table<LegacyAnnotation>('annotations').toArray(),
          tx.table<LegacyTombstone>('tombstones').toArray(),
          tx.table<LegacyRevisionItem>('revisions').toArray(),
        ]);
        // Brief ids are hashed (Web Crypto), which would let an upgrade transaction commit half
        // done; waitFor keeps it open until they are.
        const upgraded = await Dexie.waitFor(upgradeLegacyBriefs({ articles, history, briefs, annotations, tombstones, revisions }));
        await tx.table('dossiers').bulkAdd([...upgraded.briefs]);
        await tx.table('annotations').bulkPut([...upgraded.annotations]);
        await tx.table('tombstones').bulkPut([...upgraded.tombstones]);
        await tx.table('revisions').bulkPut([...upgraded.revisions]);
      });
    this.version(LEAN_INDEX_VERSION).stores({ annotations: 'id, [articleId+tag], [briefId+articleId]' });
  }
}
