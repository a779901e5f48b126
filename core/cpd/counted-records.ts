import type { CpdRecord } from '../model/cpd-record';

/**
 * A draft is the technician's note to finish later, not a claim: it is never counted, cited,
 * printed or totalled anywhere (pack, summaries, coverage, dashboard, charts, CLI). This is the
 * one place that says so.
 */
export const isCountedCpd = (record: Pick<CpdRecord, 'status'>): boolean => record.status !== 'draft';

/** Completed CPD that started within a period (inclusive), oldest first, the order every listing prints. */
export function countedCpdInPeriod<R extends Pick<CpdRecord, 'status' | 'startDate' | 'title'>>(records: readonly R[], period: { from: string; to: string }): R[] {
  return records
    .filter((r) => isCountedCpd(r) && r.startDate >= period.from && r.startDate <= period.to)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
}

/** Drafts that started within a period: what a preflight or summary says it left out. */
export function draftCpdInPeriod<R extends Pick<CpdRecord, 'status' | 'startDate'>>(records: readonly R[], period: { from: string; to: string }): R[] {
  return records.filter((r) => !isCountedCpd(r) && r.startDate >= period.from && r.startDate <= period.to);
}
