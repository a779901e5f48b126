import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { MAX_IMPORT_FILE_BYTES, type ImportPreview } from '../../../core/api/methods/transfer';
import { type ColumnMapping, FIELD_LABELS, ImportField, parseMappingSpec } from '../../../core/import/columns';
import { formatUkDate } from '../../../core/format/uk-date';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';

function mappingOption(spec: string): ColumnMapping {
  const parsed = parseMappingSpec(spec);
  if (!parsed.ok) throw new InvalidArgumentError(parsed.message);
  return parsed.value;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function formatRejected(rejected: ImportPreview['rejected']): string {
  return rejected.map(({ row, reason }) => `  row ${row}: ${reason}\n`).join('');
}

/** What --dry-run prints: the mapping, the first rows as they would be imported, every rejected row. */
export function formatImportPreview(preview: ImportPreview): string {
  const width = Math.max(...ImportField.options.map((f) => FIELD_LABELS[f].length));
  const mapping = ImportField.options
    .map((field) => `  ${FIELD_LABELS[field].padEnd(width)}  ← ${preview.mapping[field] ?? '(not imported)'}\n`)
    .join('');
  const rows = preview.previewRows
    .map(({ row, record, reason }) =>
      record
        ? `  row ${row}: ${formatUkDate(record.startDate)}  ${record.hours} h  ${record.title}${record.category ? `  [${record.category}]` : ''}\n`
        : `  row ${row}: rejected: ${reason}\n`,
    )
    .join('');
  const rejected = preview.rejected.length > 0 ? `Rejected rows (${preview.rejected.length}):\n${formatRejected(preview.rejected)}` : 'No rejected rows.\n';
  return `Columns: ${preview.columns.join(', ')}\nMapping:\n${mapping}Preview (first ${preview.previewRows.length} rows):\n${rows}${rejected}${plural(preview.validCount, 'row')} can be imported, ${preview.rejected.length} rejected.\n`;
}

export const importCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('import')
    .description('import CPD records from a spreadsheet (CSV or .xlsx)')
    .argument('<file>', 'the spreadsheet')
    .option('--map <columns>', 'which column fills which field, e.g. date=Date,title=Activity,hours=Duration', mappingOption)
    .option('--dry-run', 'show the mapping, a preview and every rejected row; import nothing')
    .option('--valid-only', 'import the valid rows even when some rows are rejected')
    .action((file: string, options: { map?: ColumnMapping; dryRun?: boolean; validOnly?: boolean }) =>
      withBackend(async (backend) => {
        // From its size first: a huge file is refused without being read into memory.
        const info = await stat(file).catch(() => null);
        if (info?.isFile() && info.size > MAX_IMPORT_FILE_BYTES) {
          throw new UserError(`${file} is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB, too large for a CPD log. Split it into smaller files.`);
        }
        const bytes = await readFile(file).catch(() => {
          throw new UserError(`Cannot read ${file}: check the path and that the file is not open in another program.`);
        });
        const request = { fileName: path.basename(file), dataBase64: bytes.toString('base64'), ...(options.map ? { mapping: options.map } : {}) };
        const preview = await backend.api.previewImport(request);
        if (options.dryRun) {
          io.out(formatImportPreview(preview));
          return;
        }
        if (preview.rejected.length > 0 && !options.validOnly) {
          io.err(`Rejected rows (${preview.rejected.length}):\n${formatRejected(preview.rejected)}`);
          throw new UserError(
            `Nothing was imported: ${plural(preview.rejected.length, 'row')} cannot be read. Correct the spreadsheet, or add --valid-only to import only the ${plural(preview.validCount, 'valid row')}.`,
          );
        }
        const result = await backend.api.commitImport({ ...request, mode: options.validOnly ? 'valid-only' : 'all-or-nothing' });
        if (result.rejected.length > 0) io.err(`Left out (${result.rejected.length}):\n${formatRejected(result.rejected)}`);
        const hours = result.imported.reduce((sum, r) => sum + r.hours, 0);
        io.out(`Imported ${plural(result.imported.length, 'CPD record')} (${Math.round(hours * 100) / 100} hours) from ${path.basename(file)}.\n`);
      }),
    );
};
