import { ACTIVITY_KIND_SHORT } from '../commitment/activity-labels';
import type { MappedItemKind } from './schema';

/** What each kind of item that shows a criterion is called, on screen, in the pack and in the CLI. */
export const MAPPED_ITEM_KIND_LABELS: Readonly<Record<MappedItemKind, string>> = {
  cpd: 'CPD',
  training: 'Training',
  qualification: 'Qualification',
  evidence: 'Evidence',
  ...ACTIVITY_KIND_SHORT,
};
