import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { ApiError } from '../../../core/api/errors';
import type { EvidenceCiter } from '../../../core/api/methods/ui-evidence';
import { parsePageRanges } from '../../../core/evidence/page-ranges';
import { formatUkDate } from '../../../core/format/uk-date';
import type { EvidenceItem } from '../../../core/model/evidence';
import type { CriterionMapping } from '../../../core/model/mapping';
import type { Backend } from '../../backend';
import { UserError } from '../user-error';
import type { CliCommand, CliIo } from './cli-command';
import { parseCliDate } from './cli-dates';
import { assertFrameworksExist, collect, formatCriteria, parseCriteriaOption, resolveCriteria } from './criteria-option';

/** The files a list of paths names: a folder stands for every file directly inside it, in name order. */
async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(given, { withFileTypes: true });
      for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) files.push(path.join(given, entry.name));
    } else {
      files.push(given);
    }
  }
  return files;
}

const CITER_LABELS: Record<EvidenceCiter['kind'], string> = {
  cpd: 'CPD record',
  training: 'training record',
  qualification: 'qualification',
  'research-output': 'research output',
  outreach: 'outreach activity',
  recognition: 'recognition',
  role: 'role',
  secondment: 'secondment',
  'people-developed': 'record of people developed',
};

/** The record --record names, checked before anything is added so a typo adds nothing. */
async function findRecord(backend: Backend, id: string): Promise<EvidenceCiter> {
  try {
    return await backend.api.linkEvidence(id, []);
  } catch (error) {
    if (!(isApiError(error)) || (error.code !== 'not-found' && error.code !== 'validation')) throw error;
    throw new UserError(`--record: no CPD, training, qualification or Technician Commitment record has the id "${id}". Nothing was added.`);
  }
}

const sameCriterion = (a: Pick<CriterionMapping, 'frameworkId' | 'code'>) => (b: Pick<CriterionMapping, 'frameworkId' | 'code'>) =>
  a.frameworkId === b.frameworkId && a.code === b.code;

interface AddOptions {
  title?: string;
  date?: string;
  pages?: string;
  criteria?: string[];
  record?: string;
}

async function addEvidence(backend: Backend, io: CliIo, paths: string[], options: AddOptions): Promise<boolean> {
  const { api } = backend;
  const files = await expandPaths(paths);
  // Everything the options say is checked first: a refusal here leaves the portfolio untouched.
  const single = (['title', 'date', 'pages'] as const).filter((o) => options[o] !== undefined);
  if (single.length > 0 && files.length !== 1) {
    throw new UserError(
      `${single.map((o) => `--${o}`).join(', ')} describe${single.length === 1 ? 's' : ''} one file, but ${files.length} files were given. Add the files one at a time to give each its own. Nothing was added.`,
    );
  }
  const date = options.date !== undefined ? parseCliDate(options.date, '--date') : undefined;
  if (options.pages !== undefined) {
    const parsed = parsePageRanges(options.pages);
    if (!parsed.ok) throw new UserError(`--pages "${options.pages}": ${parsed.message} Nothing was added.`);
  }
  const mappings = await resolveCriteria(api, parseCriteriaOption(options.criteria ?? []));
  const record = options.record !== undefined ? await findRecord(backend, options.record) : undefined;

  let refusedAny = false;
  const added: EvidenceItem[] = [];
  const duplicates: EvidenceItem[] = [];
  const criteriaNote = mappings.length > 0 ? `; criteria ${formatCriteria(mappings)}` : '';
  for (const file of files) {
    try {
      const { outcome, item, notice } = await backend.evidence.addFromPath(file, { title: options.title, date, pages: options.pages, mappings });
      const tail = notice ? ` (${notice})` : '';
      if (outcome === 'added') {
        added.push(item);
        io.out(`added: ${file} as "${item.title}"${item.pages ? `; pages ${item.pages}` : ''}${criteriaNote}${tail}\n`);
      } else {
        duplicates.push(item);
        io.out(`duplicate: ${file} is already kept as "${item.title}"${tail}\n`);
      }
    } catch (error) {
      if (!(isApiError(error))) throw error;
      refusedAny = true;
      io.out(`refused: ${file}: ${error.message}\n`);
    }
  }

  const kept = [...added, ...duplicates];
  if (record && kept.length > 0) {
    try {
      await api.linkEvidence(record.id, kept.map((i) => i.id));
    } catch (error) {
      if (!(isApiError(error))) throw error;
      // Added but not linked would be half of what was asked: take this run's additions out again.
      for (const item of added) await api.deleteEvidence(item.id);
      io.out(`refused: linking to ${CITER_LABELS[record.kind]} "${record.title}": ${error.message}\n`);
      if (added.length > 0) io.out(`removed again: ${added.map((i) => `"${i.title}"`).join(', ')}; nothing was added.\n`);
      return false;
    }
    io.out(`linked to ${CITER_LABELS[record.kind]} "${record.title}": ${kept.map((i) => `"${i.title}"`).join(', ')}\n`);
  }
  // A file kept before gets the criteria too, so the evidence the user pointed at shows them.
  for (const item of duplicates) {
    const missing = mappings.filter((m) => !item.mappings.some(sameCriterion(m)));
    if (missing.length === 0) continue;
    const now = await api.setMappings({ kind: 'evidence', id: item.id }, [...item.mappings, ...missing]);
    io.out(`mapped: "${item.title}" now shows ${formatCriteria(now)}\n`);
  }
  // Photos are made ready for print before the command ends, so the first pack does not wait for them.
  await backend.photos.idle();
  return !refusedAny;
}

interface MapOptions {
  criteria?: string[];
  replace?: boolean;
  clear?: string[];
}

async function mapEvidence(backend: Backend, io: CliIo, id: string, given: MapOptions): Promise<void> {
  const { api } = backend;
  const options = { ...given, criteria: given.criteria ?? [], clear: given.clear ?? [] };
  if (options.replace && options.criteria.length === 0) throw new UserError('--replace needs --criteria: the criteria that take the place of the framework\'s current ones.');
  if (options.criteria.length === 0 && options.clear.length === 0) throw new UserError('Say what to change: --criteria FRAMEWORK:CODE,… to add criteria, or --clear FRAMEWORK to remove a framework\'s.');
  const item = (await api.listEvidence()).find((e) => e.id === id);
  if (!item) throw new UserError(`No evidence item has the id "${id}". See the ids with \`techfolio evidence list\`.`);

  // A framework the item is mapped to can be cleared even if it is no longer installed.
  const clearable = options.clear.filter((f) => !item.mappings.some((m) => m.frameworkId === f));
  if (clearable.length > 0) await assertFrameworksExist(api, clearable, '--clear');
  const requested = await resolveCriteria(api, parseCriteriaOption(options.criteria));

  const dropped = new Set([...options.clear, ...(options.replace ? requested.map((m) => m.frameworkId) : [])]);
  const kept = item.mappings.filter((m) => !dropped.has(m.frameworkId));
  const next = [...kept, ...requested.filter((m) => !kept.some(sameCriterion(m)))];
  const saved = await api.setMappings({ kind: 'evidence', id }, next);
  io.out(saved.length > 0 ? `"${item.title}" is mapped to ${formatCriteria(saved)}\n` : `"${item.title}" is mapped to no criteria.\n`);
}

/** A plain-text table of the evidence, oldest first, for `techfolio evidence list`. */
export function formatEvidenceTable(items: readonly EvidenceItem[]): string {
  if (items.length === 0) return 'No evidence yet. Add files with `techfolio evidence add FILE`.\n';
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const header = ['ID', 'Date', 'Pages', 'Title', 'Criteria'];
  const rows = sorted.map((i) => [i.id, formatUkDate(i.date), i.pages ?? (i.kind === 'file' && i.file.mediaType === 'application/pdf' ? 'all' : '-'), i.title, formatCriteria(i.mappings) || '-']);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
  return [line(header), ...rows.map(line), '', `${items.length} item${items.length === 1 ? '' : 's'}`, ''].join('\n');
}

export const evidenceCommand: CliCommand = (program: Command, { io, withBackend, setExitCode }) => {
  const evidence = program.command('evidence').description('the evidence files kept with the portfolio');
  evidence
    .command('add')
    .description('add files to the evidence vault (a folder adds every file in it), mapped to criteria and linked to a record if asked')
    .argument('<paths...>', 'files or folders')
    .option('--title <title>', 'the title to give the file (default: its name); one file only')
    .option('--date <date>', 'the date of the evidence, 31/03/2025 or 2025-03-31 (default: today); one file only')
    .option('--pages <pages>', 'the pages of a PDF to include, like "1-3, 7" or "10-" (default: all); one file only')
    .option('--criteria <list>', 'criteria it shows, like sc-rscitech:B2,C1 (repeat for another framework)', collect)
    .option('--record <id>', 'the CPD, training, qualification or Technician Commitment record that cites it')
    .action((paths: string[], options: AddOptions) =>
      withBackend(async (backend) => {
        if (!(await addEvidence(backend, io, paths, options))) setExitCode(1);
      }),
    );
  evidence
    .command('map')
    .description('change the criteria an evidence item shows')
    .argument('<id>', 'the evidence item (see techfolio evidence list)')
    .option('--criteria <list>', 'criteria to add, like sc-rscitech:B2,C1 (repeat for another framework)', collect)
    .option('--replace', 'replace the named frameworks\' criteria instead of adding to them')
    .option('--clear <framework>', 'remove every criterion of this framework (repeatable)', collect)
    .action((id: string, options: MapOptions) => withBackend((backend) => mapEvidence(backend, io, id, options)));
  evidence
    .command('list')
    .description('print the evidence items: id, date, pages, title and criteria')
    .action(() =>
      withBackend(async ({ api }) => {
        io.out(formatEvidenceTable(await api.listEvidence()));
      }),
    );
};

/** The contract's error, recognised by its name so this file need not load the contract's schemas. */
function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && error.name === 'ApiError';
}
