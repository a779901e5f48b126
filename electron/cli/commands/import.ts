import { InvalidArgumentError } from 'commander';
import type { ImportKind } from '../../../core/import/columns';
import type { DuplicateAction } from '../../../core/import/duplicates';
import type { CliCommand } from './cli-command';
import type { ImportOptions } from './import-run';

// The command's definition only: the spreadsheet reader and the import's schemas load with
// import-run.ts when the command runs, so --help does not pay for them.
const KINDS = ['cpd', 'training'] as const satisfies readonly ImportKind[];
const DUPLICATE_ACTIONS = ['skip', 'update'] as const satisfies readonly DuplicateAction[];

const choice =
  <T extends string>(names: readonly T[]) =>
  (value: string): T => {
    const found = names.find((name) => name === value);
    if (found === undefined) throw new InvalidArgumentError(`Use one of: ${names.join(', ')}.`);
    return found;
  };

export const importCommand: CliCommand = (program, context) => {
  program
    .command('import')
    .description('import CPD records, or training records, from a spreadsheet (CSV or .xlsx)')
    .argument('<file>', 'the spreadsheet')
    .option('--kind <kind>', 'what the file holds: cpd or training', choice(KINDS), 'cpd')
    .option('--map <columns>', 'which column fills which field, e.g. date=Date,title=Activity,hours=Duration; "category=" leaves a field out')
    .option('--values <values>', 'what each category (or kind) value becomes, e.g. category=Course:formal,Seminar:formal')
    .option('--duplicates <action>', 'rows already in the portfolio: skip (the default) or update', choice(DUPLICATE_ACTIONS))
    .option('--dry-run', 'show the mapping, the values, a preview and every rejected row; import nothing')
    .option('--valid-only', 'import the valid rows even when some rows are rejected')
    .option('--report <file>', 'write every row not imported (or imported without its category), with the reason, as CSV')
    .action(async (file: string, options: ImportOptions, command) => (await import('./import-run')).runImport(file, options, command, context));
};
