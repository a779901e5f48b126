import { ACTIVITY_KINDS, type ActivityKind } from '../model/commitment';
import { ACTIVITY_KIND_LABELS } from './activity-labels';

export type RecordType = 'cpd' | ActivityKind;

/** The kinds of record the CPD log can show, for its type filter: CPD first, then each Technician Commitment kind. */
export const RECORD_TYPES: readonly { id: RecordType; label: string }[] = [
  { id: 'cpd', label: 'CPD activities' },
  ...ACTIVITY_KINDS.map((kind) => ({ id: kind, label: ACTIVITY_KIND_LABELS[kind].many })),
];

export const isActivityKind = (type: string): type is ActivityKind => (ACTIVITY_KINDS as readonly string[]).includes(type);
