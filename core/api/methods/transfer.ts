import { z } from 'zod';
import { base64DecodedSize } from '../../evidence/limits';
import { ColumnMapping } from '../../import/columns';
import { CpdRecord, CpdRecordInput } from '../../model/cpd-record';
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
  /** The user's choices; columns not named keep the guessed mapping. */
  mapping: ColumnMapping.optional(),
});
export type ImportFile = z.input<typeof ImportFile>;

export const RejectedRow = z.object({
  /** As the user sees it in their spreadsheet: the header is row 1. */
  row: z.number().int().min(2),
  reason: z.string(),
});

export const ImportPreview = z.object({
  columns: z.array(z.string()),
  guessedMapping: ColumnMapping,
  /** The mapping this preview used. */
  mapping: ColumnMapping,
  previewRows: z.array(
    z.object({
      row: z.number().int().min(2),
      /** The row as read, one string per column. */
      cells: z.array(z.string()),
      /** The record it would become, or why it cannot. */
      record: CpdRecordInput.nullable(),
      reason: z.string().nullable(),
    }),
  ),
  validCount: z.number().int().nonnegative(),
  rejected: z.array(RejectedRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportMode = z.enum(['valid-only', 'all-or-nothing']);

export const ImportCommit = ImportFile.extend({
  /** 'all-or-nothing' imports nothing if any row is rejected; 'valid-only' imports every valid row. */
  mode: ImportMode,
});
export type ImportCommit = z.input<typeof ImportCommit>;

export const ImportResult = z.object({
  imported: z.array(CpdRecord),
  rejected: z.array(RejectedRow),
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
});
export type RestoreResult = z.infer<typeof RestoreResult>;

export const CsvExport = z.object({ cpdCsv: z.string(), trainingCsv: z.string() });

export const transferMethods = {
  previewImport: { args: z.tuple([ImportFile]), result: ImportPreview, reads: ['cpd'] },
  commitImport: { args: z.tuple([ImportCommit]), result: ImportResult, changes: ['cpd'] },
  /** Writes <data>/exports/<name>.techfolio. */
  exportArchive: { args: z.tuple([]), result: ArchiveExport, changes: ['exports'] },
  /** Replaces everything, and backs up what it replaced. */
  restoreArchive: { args: z.tuple([RestoreRequest]), result: RestoreResult, changes: PORTFOLIO_PARTS },
  exportCsv: { args: z.tuple([]), result: CsvExport, reads: ['cpd', 'training'] },
} satisfies Record<string, MethodSchema>;
