import type { TrainingRecord } from '../model/training';
import { expiryStatus, type ExpiryStatus } from './expiry';

/** Days ahead an appraisal looks for training falling due: about one appraisal cycle's quarter. */
export const COMPLIANCE_DUE_DAYS = 90;

export interface TrainingStanding {
  record: TrainingRecord;
  status: Extract<ExpiryStatus, { kind: 'expired' | 'expiring' }>;
}

export interface TrainingCompliance {
  /** Lapsed on or before the date, oldest lapse first. */
  expired: TrainingStanding[];
  /** Lapsing within `dueDays` of the date, soonest first. */
  dueSoon: TrainingStanding[];
}

const courseKey = (record: Pick<TrainingRecord, 'course'>) => record.course.trim().toLocaleLowerCase('en-GB');

/**
 * Where the training register stands on a date. Only the latest completion of each course counts:
 * a course renewed since is not reported as expired because its earlier certificate lapsed.
 */
export function trainingCompliance(training: readonly TrainingRecord[], date: string, dueDays = COMPLIANCE_DUE_DAYS): TrainingCompliance {
  const latest = new Map<string, TrainingRecord>();
  for (const record of training) {
    const key = courseKey(record);
    const seen = latest.get(key);
    if (!seen || record.completedDate > seen.completedDate) latest.set(key, record);
  }
  const standings = [...latest.values()].map((record) => ({ record, status: expiryStatus(record, date, dueDays) }));
  const pick = (kind: 'expired' | 'expiring') =>
    standings
      .filter((s): s is TrainingStanding => s.status.kind === kind)
      .sort((a, b) => a.status.date.localeCompare(b.status.date) || a.record.course.localeCompare(b.record.course));
  return { expired: pick('expired'), dueSoon: pick('expiring') };
}
