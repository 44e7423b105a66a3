/**
 * The backup file format: one line of manifest (app version, schema version, rows per table,
 * SHA-256 of the rest), then the database export exactly as dexie-export-import wrote it.
 * `checkBackupFile` refuses anything that is not such a file whole: a truncated or edited
 * file fails its checksum, a foreign JSON fails the shape checks, and a backup from a newer
 * schema is refused rather than half-understood.
 */
import { z } from 'zod';
import {
  annotationSchema,
  articleRecordSchema,
  briefSchema,
  legacyAnnotationSchema,
  legacyBriefSchema,
  legacyRevisionItemSchema,
  legacyTombstoneSchema,
  revisionItemSchema,
  revisionRecordSchema,
  settingSchema,
  tombstoneSchema,
} from '../../app/exchange/record-schemas';
import type { LegacyBrief } from '../../app/brief/legacy-briefs';
import { BRIEF_SOURCES_VERSION } from './database';
import { sha256Hex } from '../../app/model/content-hash';

/** The manifest's format name, so a backup is recognised as one. */
export const BACKUP_FORMAT = 'briefing-desk-backup';

const manifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(1),
    appVersion: z.string().max(50),
    schemaVersion: z.number().int().positive(),
    createdAt: z.string().max(40),
    counts: z.record(z.string().max(100), z.number().int().nonnegative()),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** What a backup says about itself. */
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The parts of dexie-export-import's JSON a restore relies on. */
const dexieExportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) })),
  }),
});

/** What goes into a backup besides the export. */
export interface BackupFacts {
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly createdAt: Date;
}

/** Rows per table, as the export itself counts them. */
function countsOf(exportText: string): Record<string, number> {
  const parsed = dexieExportSchema.parse(JSON.parse(exportText));
  return Object.fromEntries(parsed.data.data.map((table) => [table.tableName, table.rows.length]));
}

/** The backup file's text: the manifest line, then `exportText` untouched. */
export async function composeBackupFile(exportText: string, facts: BackupFacts): Promise<string> {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    appVersion: facts.appVersion,
    schemaVersion: facts.schemaVersion,
    createdAt: facts.createdAt.toISOString(),
    counts: countsOf(exportText),
    sha256: await sha256Hex(exportText),
  };
  return `${JSON.stringify(manifest)}\n${exportText}`;
}

/** A backup that passed every check: its manifest and the export to import. */
export interface CheckedBackup {
  readonly manifest: BackupManifest;
  /** The export without the tables this schema no longer has (`legacyBriefs` holds what they were). */
  readonly exportText: string;
  /** A backup from before briefs had sources: its briefs, one per article, for `upgradeLegacyBriefs`. */
  readonly legacyBriefs: readonly LegacyBrief[];
}

const NOT_A_BACKUP = 'This file is not a Briefing Desk backup. Choose a .bdbackup file the app wrote.';
const DAMAGED = 'This backup is damaged or incomplete (its checksum does not match its contents), so nothing was restored. Choose an older backup.';

/**
 * Checks a backup file whole before anything is restored from it. Throws an Error whose
 * message says what is wrong and what to do; `currentSchemaVersion` is the app's database
 * version, and `tables` the tables it has.
 */
/** Tables an older schema version named otherwise, by their old names: restored under the new. */
const RENAMED_TABLES: Readonly<Record<string, string>> = { reviews: 'revisions' };

/**
 * A row as the app stored it: dexie-export-import writes a value it cannot put in JSON (an
 * `undefined` field) as a placeholder its `$types` names `undef`; such a field was absent.
 */
function withoutTypeMarks(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !('$types' in row)) return row;
  const { $types: types, ...rest } = row as Record<string, unknown>;
  if (typeof types === 'object' && types !== null) {
    for (const [key, type] of Object.entries(types)) if (type === 'undef') delete rest[key];
  }
  return rest;
}

/** Each table's rows, held to the schemas a brief file's records are (`app/exchange/record-schemas.ts`). */
const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  articles: articleRecordSchema,
  annotations: annotationSchema,
  dossiers: briefSchema,
  tombstones: tombstoneSchema,
  settings: settingSchema,
  revisions: revisionItemSchema,
  history: revisionRecordSchema,
};

/** The rows of a backup made before briefs had sources: their briefs per article, and rows without a brief. */
const LEGACY_ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  ...ROW_SCHEMAS,
  annotations: legacyAnnotationSchema,
  tombstones: legacyTombstoneSchema,
  revisions: legacyRevisionItemSchema,
  briefs: legacyBriefSchema,
};

/**
 * Throws, naming the table, row and field, when a row is not one the app could have written:
 * a backup declares its own checksum, so a crafted one must not slip in an unknown tag or
 * block type.
 */
function checkRows(tableName: string, rows: readonly unknown[], schemaVersion: number): void {
  const schema = (schemaVersion < BRIEF_SOURCES_VERSION ? LEGACY_ROW_SCHEMAS : ROW_SCHEMAS)[tableName];
  if (!schema) return;
  rows.forEach((row, index) => {
    const result = schema.safeParse(withoutTypeMarks(row));
    if (result.success) return;
    const [issue] = result.error.issues;
    const where = issue?.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '') || 'row';
    throw new Error(`This backup holds a row in its ${tableName} table that the app cannot take (row ${index + 1}, ${where}: ${issue?.message ?? 'not valid'}), so nothing was restored.`);
  });
}

export async function checkBackupFile(text: string, currentSchemaVersion: number, tables: readonly string[]): Promise<CheckedBackup> {
  const newline = text.indexOf('\n');
  if (newline < 0) throw new Error(NOT_A_BACKUP);
  let manifest: BackupManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(text.slice(0, newline)));
  } catch {
    throw new Error(NOT_A_BACKUP);
  }
  const exportText = text.slice(newline + 1);
  if ((await sha256Hex(exportText)) !== manifest.sha256) throw new Error(DAMAGED);
  if (manifest.schemaVersion > currentSchemaVersion) {
    throw new Error(`This backup was made by a newer Briefing Desk (app ${manifest.appVersion}, database version ${manifest.schemaVersion}). Update the app, then restore it.`);
  }
  let raw: unknown;
  let parsed: z.infer<typeof dexieExportSchema>;
  try {
    raw = JSON.parse(exportText);
    parsed = dexieExportSchema.parse(raw);
  } catch {
    throw new Error(`${DAMAGED.split(' (')[0]}: its database export is not readable, so nothing was restored.`);
  }
  const renamed = parsed.data.data.some((table) => Object.hasOwn(RENAMED_TABLES, table.tableName));
  if (renamed) parsed = dexieExportSchema.parse((raw = renameTables(raw as z.infer<typeof dexieExportSchema>)));
  // Version 1–5's briefs were keyed by article; they come out here and are upgraded by the restore.
  let legacyBriefs: LegacyBrief[] = [];
  const legacyTable = manifest.schemaVersion < BRIEF_SOURCES_VERSION ? parsed.data.data.find((table) => table.tableName === 'briefs') : undefined;
  if (legacyTable) {
    checkRows('briefs', legacyTable.rows, manifest.schemaVersion);
    if (manifest.counts['briefs'] !== legacyTable.rows.length) throw new Error(DAMAGED);
    legacyBriefs = legacyTable.rows.map((row) => withoutTypeMarks(row) as LegacyBrief);
    const rest = raw as z.infer<typeof dexieExportSchema>;
    raw = {
      ...rest,
      data: { ...rest.data, tables: rest.data.tables.filter((table) => table.name !== 'briefs'), data: rest.data.data.filter((table) => table.tableName !== 'briefs') },
    };
    parsed = dexieExportSchema.parse(raw);
  }
  for (const table of parsed.data.data) {
    if (!tables.includes(table.tableName)) throw new Error(`This backup has a table this app does not know ("${table.tableName}"), so nothing was restored.`);
    checkRows(table.tableName, table.rows, manifest.schemaVersion);
    const counted = renamed ? (RENAMED_FROM[table.tableName] ?? table.tableName) : table.tableName;
    if (manifest.counts[counted] !== table.rows.length) throw new Error(DAMAGED);
  }
  return { manifest, exportText: renamed || legacyTable ? JSON.stringify(raw) : exportText, legacyBriefs };
}

const RENAMED_FROM: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(RENAMED_TABLES).map(([from, to]) => [to, from]));

/** The export (as read, every field kept) with each renamed table under its current name. */
function renameTables(parsed: z.infer<typeof dexieExportSchema>): z.infer<typeof dexieExportSchema> {
  const name = (old: string): string => RENAMED_TABLES[old] ?? old;
  return {
    ...parsed,
    data: {
      ...parsed.data,
      tables: parsed.data.tables.map((table) => ({ ...table, name: name(table.name) })),
      data: parsed.data.data.map((table) => ({ ...table, tableName: name(table.tableName) })),
    },
  };
}
