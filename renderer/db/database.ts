/**
 * The Briefing Desk database: one typed Dexie class over IndexedDB. Schema changes are new
 * versions appended below with their upgrade functions, never edits of an old version.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, Article, Brief } from '../../app/model';
import type { AnnotationTombstone } from '../../app/tombstone';

/** A stored setting: one key, one JSON-serialisable value. */
export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

/** The database name in the renderer's persistent session. */
export const DATABASE_NAME = 'briefing-desk';

/** The typed database. Create one per window (`openDatabase`); tests pass fake-indexeddb. */
export class BriefingDeskDatabase extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  briefs!: EntityTable<Brief, 'articleId'>;
  settings!: EntityTable<Setting, 'key'>;
  tombstones!: EntityTable<AnnotationTombstone, 'id'>;

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
  }
}
