import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { MAX_IMPORT_FILE_BYTES, type ImportPreview } from '../../../core/api/methods/transfer';
import { categoryLabel } from '../../../core/import/categories';
import { FIELD_LABELS, FIELDS_BY_KIND, parseMappingSpec } from '../../../core/import/columns';
import { importReportCsv, type ReportRow } from '../../../core/import/import-report';
import { parseValuesSpec } from '../../../core/import/values';
import { formatUkDate } from '../../../core/format/uk-date';
import { UserError } from '../user-error';
import type { CliContext } from './cli-command';
import type { DuplicateAction } from '../../../core/import/duplicates';
import type { ImportKind } from '../../../core/import/columns';

/** The options as commander hands them over (import.ts defines them). */
export interface ImportOptions {
  kind: ImportKind;
  /** Read by runImport, where a spec that cannot be read is a usage error (specOption). */
  map?: string;
  values?: string;
  duplicates?: DuplicateAction;
  dryRun?: boolean;
  validOnly?: boolean;
  report?: string;
}

/** A --map or --values that cannot be read is a usage error (exit 2), as when commander refuses an option. */
function specOption<T>(command: Command, flag: string, spec: string | undefined, parse: (spec: string) => { ok: true; value: T } | { ok: false; message: string }): T | undefined {
  if (spec === undefined) return undefined;
  const parsed = parse(spec);
  if (!parsed.ok) command.error(`error: option '${flag}' argument '${spec}' is invalid. ${parsed.message}`, { exitCode: 2, code: 'commander.invalidArgument' });
  return parsed.value;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function formatRejected(rejected: ImportPreview['rejected']): string {
  return rejected.map(({ row, reason }) => `  row ${row}: ${reason}\n`).join('');
}

const targetName = (preview: ImportPreview, target: string | null) =>
  target === null ? (preview.valueField === 'category' ? '(uncategorised)' : '(none)') : preview.valueField === 'category' ? `${categoryLabel(target)} [${target}]` : target;

/** What --dry-run prints: the mapping, each value and what it becomes, the first rows, duplicates and every row left out. */
export function formatImportPreview(preview: ImportPreview): string {
  const fields = FIELDS_BY_KIND[preview.kind];
  const width = Math.max(...fields.map((f) => FIELD_LABELS[f].length));
  const mapping = fields.map((field) => `  ${FIELD_LABELS[field].padEnd(width)}  ← ${preview.mapping[field] ?? '(not imported)'}\n`).join('');
  const values =
    preview.values.length === 0
      ? ''
      : `Values of ${FIELD_LABELS[preview.valueField]}:\n${preview.values
          .map((v) => `  ${v.value} (${plural(v.rows, 'row')}) → ${targetName(preview, v.target)}${v.target === null && !v.chosen ? ': cannot be placed; choose with --values' : ''}\n`)
          .join('')}`;
  const rows = preview.previewRows
    .map(({ row, record, reason, duplicate }) =>
      record
        ? `  row ${row}: ${formatUkDate(record.date)}  ${record.hours === null ? '' : `${record.hours} h  `}${record.title}${record.category ? `  [${record.category}]` : ''}${duplicate ? '  (already there)' : ''}\n`
        : `  row ${row}: rejected: ${reason}\n`,
    )
    .join('');
  const rejected = preview.rejected.length > 0 ? `Rejected rows (${preview.rejected.length}):\n${formatRejected(preview.rejected)}` : 'No rejected rows.\n';
  const duplicates =
    preview.duplicateCount > 0 ? `${plural(preview.duplicateCount, 'row')} already there: ${preview.duplicates === 'skip' ? 'skipped' : 'will update them'}.\n` : '';
  return `Columns: ${preview.columns.join(', ')}\nMapping:\n${mapping}${values}Preview (first ${preview.previewRows.length} rows):\n${rows}${rejected}${duplicates}${plural(preview.validCount, 'row')} can be imported, ${preview.rejected.length} rejected.\n`;
}

async function writeReport(file: string | undefined, columns: readonly string[], report: readonly ReportRow[]): Promise<string> {
  if (file === undefined) return '';
  await writeFile(file, importReportCsv(columns, report)).catch(() => {
    throw new UserError(`Cannot write the report to ${file}: check the folder exists and you may write to it.`);
  });
  return `Report of ${plural(report.length, 'row')} not imported as written: ${file}\n`;
}


/** The import itself: loaded only when `techfolio import` runs, with the spreadsheet reader behind it. */
export async function runImport(file: string, options: ImportOptions, command: Command, { io, withBackend }: CliContext): Promise<void> {
  const map = specOption(command, '--map <columns>', options.map, parseMappingSpec);
  const values = specOption(command, '--values <values>', options.values, parseValuesSpec);
  return withBackend(async (backend) => {
    // From its size first: a huge file is refused without being read into memory.
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && info.size > MAX_IMPORT_FILE_BYTES) {
      throw new UserError(`${file} is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB, too large for a CPD log. Split it into smaller files.`);
    }
    const bytes = await readFile(file).catch(() => {
      throw new UserError(`Cannot read ${file}: check the path and that the file is not open in another program.`);
    });
    const request = {
      fileName: path.basename(file),
      dataBase64: bytes.toString('base64'),
      kind: options.kind,
      ...(map ? { mapping: map } : {}),
      ...(values ? { values } : {}),
      ...(options.duplicates ? { duplicates: options.duplicates } : {}),
    };
    const preview = await backend.api.previewImport(request);
    if (options.dryRun) {
      io.out(formatImportPreview(preview) + (await writeReport(options.report, preview.columns, preview.report)));
      return;
    }
    if (preview.rejected.length > 0 && !options.validOnly) {
      io.err(`Rejected rows (${preview.rejected.length}):\n${formatRejected(preview.rejected)}${await writeReport(options.report, preview.columns, preview.report)}`);
      throw new UserError(
        `Nothing was imported: ${plural(preview.rejected.length, 'row')} cannot be read. Correct the spreadsheet, or add --valid-only to import only the ${plural(preview.validCount, 'valid row')}.`,
      );
    }
    const result = await backend.api.commitImport({ ...request, mode: options.validOnly ? 'valid-only' : 'all-or-nothing' });
    if (result.rejected.length > 0) io.err(`Left out (${result.rejected.length}):\n${formatRejected(result.rejected)}`);
    const what = result.kind === 'cpd' ? 'CPD record' : 'training record';
    const hours = result.kind === 'cpd' ? ` (${result.hours} hours)` : '';
    const updated = result.updated > 0 ? `, updated ${result.updated}` : '';
    const skipped = result.skipped > 0 ? `; ${plural(result.skipped, 'row')} already there, skipped` : '';
    io.out(`Imported ${plural(result.added, what)}${hours}${updated} from ${path.basename(file)}${skipped}.\n${await writeReport(options.report, preview.columns, result.report)}`);
  });
}
