import type { MappedItemKind } from '../../../core/coverage/schema';

/** Where an item mapped (or suggested) for a criterion is edited: a CPD record has its own page, the rest their list. */
export const itemHref = (kind: MappedItemKind, id: string): string =>
  kind === 'cpd' ? `/cpd/${encodeURIComponent(id)}` : kind === 'evidence' ? '/evidence' : kind === 'training' ? '/training' : kind === 'qualification' ? '/profile' : '/recognition';
