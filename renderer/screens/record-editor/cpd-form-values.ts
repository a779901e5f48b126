import type { z } from 'zod';
import { type CpdRecordInput, type CpdRecord } from '../../../core/model/cpd-record';

export type CpdFormValues = z.input<typeof CpdRecordInput>;
export type CpdFormOutput = z.output<typeof CpdRecordInput>;

/** A new record starts today, as a complete record with the Science Council prompts. */
export function blankCpdValues(today: string): CpdFormValues {
  return {
    title: '',
    startDate: today,
    endDate: undefined,
    hours: undefined as unknown as number,
    points: undefined,
    category: undefined,
    description: '',
    reflection: { model: 'science-council', answers: {} },
    outcomes: '',
    tags: [],
    status: 'complete',
    evidenceIds: [],
    mappings: [],
  };
}

/** The editable part of a stored record. */
export function valuesFromRecord(record: CpdRecord): CpdFormValues {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...values } = record;
  return values;
}
