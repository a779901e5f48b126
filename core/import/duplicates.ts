import { z } from 'zod';
import type { ImportedCpd } from './rows';
import type { ImportedTraining } from './training-rows';

/** What to do with a row that matches a record already in the portfolio. */
export const DuplicateAction = z.enum(['skip', 'update']);
export type DuplicateAction = z.infer<typeof DuplicateAction>;

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Same start date, same title (trimmed, any case), same hours: the same activity logged again. */
export const cpdKey = (r: { startDate: string; title: string; hours: number }) => `${r.startDate}\u0000${fold(r.title)}\u0000${r.hours}`;

/** Same course completed on the same day. */
export const trainingKey = (r: { completedDate: string; course: string }) => `${r.completedDate}\u0000${fold(r.course)}`;

/** The first record for each key, so a row can name the one it matches. */
export function indexBy<T extends { id: string }>(records: readonly T[], key: (r: T) => string): Map<string, string> {
  const index = new Map<string, string>();
  for (const r of records) if (!index.has(key(r))) index.set(key(r), r.id);
  return index;
}

const filledText = (text: string | undefined) => text !== undefined && text.trim() !== '';

/**
 * A matched CPD record brought up to date from its row: only what the row fills replaces what is
 * there, so a reflection written in the app is never overwritten by an empty cell.
 */
export function updateCpd<T extends ImportedCpd>(existing: T, row: ImportedCpd): T {
  return {
    ...existing,
    ...(row.endDate ? { endDate: row.endDate } : {}),
    ...(row.category ? { category: row.category } : {}),
    ...(filledText(row.description) ? { description: row.description } : {}),
    ...(filledText(row.outcomes) ? { outcomes: row.outcomes } : {}),
    ...(row.tags.length > 0 ? { tags: [...new Set([...existing.tags, ...row.tags])].slice(0, 50) } : {}),
    ...(Object.keys(row.reflection.answers).length > 0 ? { reflection: row.reflection } : {}),
  };
}

/** A matched training record brought up to date from its row, keeping what the row leaves empty. */
export function updateTraining<T extends ImportedTraining>(existing: T, row: ImportedTraining): T {
  return {
    ...existing,
    ...(filledText(row.provider) ? { provider: row.provider } : {}),
    ...(row.expiryDate ? { expiryDate: row.expiryDate } : {}),
    ...(row.renewalMonths ? { renewalMonths: row.renewalMonths } : {}),
    ...(filledText(row.kind) ? { kind: row.kind } : {}),
    ...(filledText(row.notes) ? { notes: row.notes } : {}),
  };
}
