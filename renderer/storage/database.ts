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

/** A stored setting: one key, one JSON-serialisable value. */
export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

/** The schema version that began recording which revision of an article each article is. */
export const REVISION_HISTORY_VERSION = 5;

/** The database name in the renderer's persistent session. */
export const DATABASE_NAME = 'briefing-desk';

/** The typed database. Create one per window (`openDatabase`); tests pass fake-indexeddb. */
export class BriefingDeskDatabase extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  briefs!: EntityTable<Brief, 'articleId'>;
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
  }
}
