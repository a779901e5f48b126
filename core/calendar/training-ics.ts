import type { TrainingRecord } from '../model/training';
import { buildDeadlinesCalendar, trainingDeadlines } from './deadlines';

type Renewable = Pick<TrainingRecord, 'id' | 'course' | 'provider' | 'completedDate' | 'expiryDate' | 'renewalMonths'>;

/**
 * The training screen's calendar: only the training deadlines (each renewal date and the day to
 * book it by), written by the same writer and with the same UIDs as the full deadlines calendar,
 * so importing either updates the same events. Null when no training expires.
 */
export function buildTrainingCalendar(training: readonly Renewable[], stamp: Date = new Date()): string | null {
  return buildDeadlinesCalendar(trainingDeadlines(training), stamp, 'Training renewals');
}
