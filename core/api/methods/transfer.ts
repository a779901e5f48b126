import { z } from 'zod';
import { base64DecodedSize } from '../../evidence/limits';
import { ColumnMapping, ImportKind } from '../../import/columns';
import { DuplicateAction } from '../../import/duplicates';
import { ReportRow } from '../../import/import-report';
import { ValueField, ValueMapping } from '../../import/values';
import { PORTFOLIO_PARTS, type MethodSchema } from './method-schema';

/** Far above any personal CPD log; a bigger file is most likely the wrong one. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** An archive sent by browser mode travels as base64 in one request; the desktop passes a path instead. */
export const MAX_UPLOADED_ARCHIVE_BYTES = 512 * 1024 * 1024;

const base64Of = (maxBytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive as base64.')
    .refine((s) => base64DecodedSize(s) <= maxBytes, { message: `${what} can be up to ${maxBytes / 1024 / 1024} MB.` });

export const ImportFile = z.object({
  fileName: z.string().trim().min(1, 'The file has no name.').max(500),
  dataBase64: base64Of(MAX_IMPORT_FILE_BYTES, 'Spreadsheets to import'),
  /** CPD activities (the default) or completed training. */
  kind: ImportKind.optional(),
  /** The user's choices; columns not named keep the guessed mapping, and null means "not imported". */
  mapping: ColumnMapping.optional(),
  /** What each distinct category (or kind) value becomes; values not named keep their guess. */
  values: ValueMapping.optional(),
  /** Rows matching a record already there: skipped (the default) or used to update it. */
  duplicates: DuplicateAction.optional(),
});
export type ImportFile = z.input<typeof ImportFile>;

export const RejectedRow = z.object({
  /** As the user sees it in their spreadsheet: the header is row 1. */
  row: z.number().int().min(2),
  reason: z.string(),
});

export const ImportPreview = z.object({
  kind: ImportKind,
  columns: z.array(z.string()),
  guessedMapping: ColumnMapping,
  /** The mapping this preview used: every field of the kind, null where not imported. */
  mapping: ColumnMapping,
  /** Whether choices from an earlier import of a file with the same header row were used. */
  profileUsed: z.boolean(),
  valueField: ValueField,
  /** Each distinct value of the category (or kind) column, how many rows hold it, and what it becomes. */
  values: z.array(
    z.object({ value: z.string(), rows: z.number().int().positive(), target: z.string().nullable(), guessed: z.string().nullable(), chosen: z.boolean() }),
  ),
  previewRows: z.array(
    z.object({
      row: z.number().int().min(2),
      /** The row as read, one string per column. */
      cells: z.array(z.string()),
      /** What it would become (CPD's date, title, hours and category; training's completion, course and kind), or why it cannot. */
      record: z.object({ date: z.string(), title: z.string(), hours: z.number().nullable(), category: z.string().nullable() }).nullable(),
      reason: z.string().nullable(),
      /** Whether it matches a record already in the portfolio. */
      duplicate: z.boolean(),
    }),
  ),
  /** Rows that can be read, duplicates included. */
  validCount: z.number().int().nonnegative(),
  /** Of those, rows matching a record already there. */
  duplicateCount: z.number().int().nonnegative(),
  duplicates: DuplicateAction,
  rejected: z.array(RejectedRow),
  /** Every row that will not be imported, or not as written, with why. */
  report: z.array(ReportRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportMode = z.enum(['valid-only', 'all-or-nothing']);

export const ImportCommit = ImportFile.extend({
  /** 'all-or-nothing' imports nothing if any row is rejected; 'valid-only' imports every valid row. */
  mode: ImportMode,
});
export type ImportCommit = z.input<typeof ImportCommit>;

export const ImportResult = z.object({
  kind: ImportKind,
  /** Records added. */
  added: z.number().int().nonnegative(),
  /** Records already there, brought up to date from their rows. */
  updated: z.number().int().nonnegative(),
  /** Rows left out because the record is already there. */
  skipped: z.number().int().nonnegative(),
  /** CPD hours added. */
  hours: z.number().nonnegative(),
  rejected: z.array(RejectedRow),
  report: z.array(ReportRow),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ArchiveExport = z.object({
  exportId: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type ArchiveExport = z.infer<typeof ArchiveExport>;

export const RestoreRequest = z.object({
  dataBase64: base64Of(MAX_UPLOADED_ARCHIVE_BYTES, 'Archives sent from the browser'),
  /** Must be true to restore over a portfolio that already holds anything; a backup is made first. */
  replace: z.boolean().default(false),
});
export type RestoreRequest = z.input<typeof RestoreRequest>;

export const RestoreResult = z.object({
  counts: z.object({ cpd: z.number().int(), training: z.number().int(), evidence: z.number().int(), evidenceFiles: z.number().int() }),
  /** The backup of the replaced portfolio, when there was one to make. */
  backupFileName: z.string().nullable(),
  /** The format version of the archive's portfolio before it was brought up to date. */
  fromSchemaVersion: z.number().int(),
  /** After a merge: what was added, updated from the archive, and kept because this portfolio's copy was newer. */
  merge: z
    .object({
      added: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      keptNewer: z.array(z.object({ list: z.string(), label: z.string() })),
      profileTaken: z.boolean(),
    })
    .optional(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

/** An archive waiting in the data folder to be previewed and restored; named by a random id only. */
export const ArchiveId = z.uuid();

export const ReceivedArchive = z.object({ archiveId: ArchiveId, fileName: z.string(), bytes: z.number().int().nonnegative() });
export type ReceivedArchive = z.infer<typeof ReceivedArchive>;

/**
 * Choosing an archive differs by transport: the desktop app shows its open dialog and takes the
 * chosen file in; browser mode answers 'upload', and the page sends the file the user picked.
 */
export const ArchiveChoice = z.discriminatedUnion('status', [
  ReceivedArchive.extend({ status: z.literal('chosen') }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('upload') }),
]);
export type ArchiveChoice = z.infer<typeof ArchiveChoice>;

export const UploadedArchive = z.object({
  fileName: z.string().trim().min(1).max(500),
  dataBase64: base64Of(MAX_UPLOADED_ARCHIVE_BYTES, 'Archives sent from the browser'),
});
export type UploadedArchive = z.input<typeof UploadedArchive>;

const Counts = z.object({ cpd: z.number().int(), training: z.number().int(), evidence: z.number().int() });

export const ArchivePreview = z.object({
  /** When the archive was made, from its manifest. */
  createdAt: z.string(),
  appVersion: z.string(),
  counts: Counts.extend({ evidenceFiles: z.number().int() }),
  currentCounts: Counts,
  currentIsEmpty: z.boolean(),
  /** What a merge would do, record by record. */
  merge: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), keptNewer: z.number().int() }),
});
export type ArchivePreview = z.infer<typeof ArchivePreview>;

export const RestoreMode = z.enum(['replace', 'merge']);

export const ArchiveRestoreRequest = z.object({ archiveId: ArchiveId, mode: RestoreMode });
export type ArchiveRestoreRequest = z.infer<typeof ArchiveRestoreRequest>;

export const TransferProgress = z.object({ phase: z.enum(['evidence', 'portfolio', 'checking', 'writing']), done: z.number().int(), total: z.number().int() });
export type TransferProgress = z.infer<typeof TransferProgress>;

/** A rolling backup's file name as the backups folder names them. */
export const BackupFileName = z.string().regex(/^portfolio-[0-9TZ-]{24}-[a-z0-9-]{1,40}\.json$/, 'That is not the name of a backup.');

export const BackupPreview = z.object({ fileName: z.string(), createdAt: z.string(), reason: z.string(), counts: Counts, currentCounts: Counts });
export type BackupPreview = z.infer<typeof BackupPreview>;

export const BackupRestoreResult = z.object({
  counts: Counts,
  restoredFrom: z.string(),
  /** The backup of the portfolio as it was just before, so this restore can be undone too. */
  backupFileName: z.string().nullable(),
  /** Evidence files the backup cites that are no longer on this computer. */
  missingEvidenceFiles: z.number().int(),
});
export type BackupRestoreResult = z.infer<typeof BackupRestoreResult>;

export const CsvExport = z.object({ cpdCsv: z.string(), trainingCsv: z.string() });

export const transferMethods = {
  previewImport: { args: z.tuple([ImportFile]), result: ImportPreview, reads: ['cpd', 'training', 'importProfiles'] },
  /** Adds (or updates) records and remembers the choices for the next file with the same header row. */
  commitImport: { args: z.tuple([ImportCommit]), result: ImportResult, changes: ['cpd', 'training', 'importProfiles'] },
  /** Writes <data>/exports/<name>.techfolio. */
  exportArchive: { args: z.tuple([]), result: ArchiveExport, changes: ['exports'] },
  /** Replaces everything, and backs up what it replaced. */
  restoreArchive: { args: z.tuple([RestoreRequest]), result: RestoreResult, changes: PORTFOLIO_PARTS },
  exportCsv: { args: z.tuple([]), result: CsvExport, reads: ['cpd', 'training'] },
  /** Asks for an archive to restore: the desktop's open dialog, or 'upload' in browser mode. */
  chooseRestoreArchive: { args: z.tuple([]), result: ArchiveChoice, changes: ['exports'] },
  /** Browser mode's half of choosing: the picked file, kept in the data folder until restored or discarded. */
  uploadRestoreArchive: { args: z.tuple([UploadedArchive]), result: ReceivedArchive, changes: ['exports'] },
  /** Checks a received archive in full and says what it holds and what a merge would do; nothing changes. */
  previewRestoreArchive: { args: z.tuple([ArchiveId]), result: ArchivePreview, reads: PORTFOLIO_PARTS },
  /** Replaces or merges from a received archive, backing up the current portfolio first. */
  restoreReceivedArchive: { args: z.tuple([ArchiveRestoreRequest]), result: RestoreResult, changes: PORTFOLIO_PARTS },
  /** How far a preview or restore of this archive has got, or null when none is running. */
  getRestoreProgress: { args: z.tuple([ArchiveId]), result: TransferProgress.nullable(), reads: ['exports'] },
  /** Removes a received archive the user decided not to restore. */
  discardRestoreArchive: { args: z.tuple([ArchiveId]), result: z.object({ discarded: z.boolean() }), changes: ['exports'] },
  /** What a rolling backup holds, beside what the portfolio holds now. */
  previewBackup: { args: z.tuple([BackupFileName]), result: BackupPreview, reads: PORTFOLIO_PARTS },
  /** Puts a rolling backup back, backing up the current portfolio first. */
  restoreBackup: { args: z.tuple([BackupFileName]), result: BackupRestoreResult, changes: PORTFOLIO_PARTS },
} satisfies Record<string, MethodSchema>;
