import { ApiError } from '../../core/api/errors';
import type { ImportPreview, ImportResult } from '../../core/api/methods/transfer';
import { updateCpd, updateTraining } from '../../core/import/duplicates';
import { type ImportChoices, type ImportPlan, planCounts, planImport } from '../../core/import/import-plan';
import { rememberProfile } from '../../core/import/import-profile';
import { chosenValues } from '../../core/import/values';
import { CpdRecord } from '../../core/model/cpd-record';
import { listLimit } from '../../core/model/portfolio';
import { TrainingRecord } from '../../core/model/training';
import type { PortfolioStore } from '../services/portfolio-store';
import { readSpreadsheet } from './spreadsheet-file';

const refused = (message: string) => new ApiError({ code: 'refused', message });

/** Reads a CPD log or training export and plans its import; anything that stops the whole file is refused with a reason. */
export async function planSpreadsheetImport(fileName: string, bytes: Uint8Array, choices: ImportChoices, portfolio: PortfolioStore): Promise<ImportPlan> {
  const read = await readSpreadsheet(fileName, bytes);
  if (!read.ok) throw refused(read.message);
  const { cpd, training, importProfiles } = portfolio.read();
  const outcome = planImport(read.table, choices, { cpd, training, profiles: importProfiles });
  if (!outcome.ok) throw refused(`"${fileName}": ${outcome.message}`);
  return outcome.plan;
}

export function toPreview(plan: ImportPlan): ImportPreview {
  const counts = planCounts(plan);
  return {
    kind: plan.kind,
    columns: plan.columns,
    guessedMapping: plan.guessedMapping,
    mapping: plan.mapping,
    profileUsed: plan.profileUsed,
    valueField: plan.valueField,
    values: plan.values,
    previewRows: plan.previewRows,
    validCount: counts.valid,
    duplicateCount: counts.duplicates,
    duplicates: plan.duplicates,
    rejected: plan.rejected,
    report: plan.report,
  };
}

const rowsWord = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/**
 * Adds every new row in one write, or nothing: with 'all-or-nothing' a single rejected row stops
 * the import; with 'valid-only' the rejected rows are left out and reported. Rows matching a
 * record already there are skipped or update it, as the plan says. The choices are remembered
 * for the next file with the same header row.
 */
export function commitPlan(plan: ImportPlan, mode: 'valid-only' | 'all-or-nothing', portfolio: PortfolioStore): ImportResult {
  if (mode === 'all-or-nothing' && plan.rejected.length > 0) {
    const first = plan.rejected[0]!;
    throw refused(
      `Nothing was imported: ${rowsWord(plan.rejected.length)} cannot be read (first, row ${first.row}: ${first.reason}). Correct the spreadsheet, or import only the valid rows.`,
    );
  }
  const counts = planCounts(plan);
  if (counts.valid === 0) throw refused(`Nothing was imported: no row in the file can be read as ${plan.kind === 'cpd' ? 'a CPD record' : 'a training record'}.`);
  const update = plan.duplicates === 'update';
  const now = portfolio.now().toISOString();
  const profile = {
    signature: plan.signature,
    kind: plan.kind,
    mapping: plan.mapping,
    values: { [plan.valueField]: chosenValues(plan.values) },
    duplicates: plan.duplicates,
    updatedAt: now,
  };
  return portfolio.update((current) => {
    const importProfiles = rememberProfile(current.importProfiles, profile, listLimit('importProfiles') ?? 200);
    let added = 0;
    let updated = 0;
    let hours = 0;
    let next = { ...current, importProfiles };
    if (plan.kind === 'cpd') {
      const changes = new Map<string, CpdRecord>();
      const fresh: CpdRecord[] = [];
      for (const { record, duplicateOf } of plan.cpd) {
        if (duplicateOf === undefined) {
          fresh.push(CpdRecord.parse({ ...record, ...portfolio.stamp() }));
          hours += record.hours;
        } else if (update) {
          const base = changes.get(duplicateOf) ?? current.cpd.find((r) => r.id === duplicateOf)!;
          changes.set(duplicateOf, CpdRecord.parse({ ...updateCpd(base, record), updatedAt: now }));
        }
      }
      added = fresh.length;
      updated = changes.size;
      next = { ...next, cpd: [...current.cpd.map((r) => changes.get(r.id) ?? r), ...fresh] };
    } else {
      const changes = new Map<string, TrainingRecord>();
      const fresh: TrainingRecord[] = [];
      for (const { record, duplicateOf } of plan.training) {
        if (duplicateOf === undefined) fresh.push(TrainingRecord.parse({ ...record, ...portfolio.stamp() }));
        else if (update) {
          const base = changes.get(duplicateOf) ?? current.training.find((r) => r.id === duplicateOf)!;
          changes.set(duplicateOf, TrainingRecord.parse({ ...updateTraining(base, record), updatedAt: now }));
        }
      }
      added = fresh.length;
      updated = changes.size;
      next = { ...next, training: [...current.training.map((r) => changes.get(r.id) ?? r), ...fresh] };
    }
    const result: ImportResult = {
      kind: plan.kind,
      added,
      updated,
      skipped: update ? 0 : counts.duplicates,
      hours: Math.round(hours * 100) / 100,
      rejected: plan.rejected,
      report: plan.report,
    };
    return { next, result };
  });
}
