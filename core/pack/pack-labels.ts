import { bodyName } from '../cpd/bodies';
import type { EvidenceItem } from '../model/evidence';
import type { Profile } from '../model/profile';

/** How the evidence index names each kind of evidence. */
export function evidenceTypeLabel(item: EvidenceItem): string {
  if (item.kind === 'note') return 'Note';
  if (item.kind === 'link') return 'Web link';
  const type = item.file.mediaType;
  if (type === 'application/pdf') return 'PDF';
  if (type.startsWith('image/')) return `Image (${type.slice(6).toUpperCase()})`;
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(item.file.originalName)?.[1];
  return ext ? `File (.${ext.toLowerCase()})` : 'File';
}

// Dates, sizes and category names are formatted once, in core/format, for screen, PDF and CLI alike.
export { formatUkDateRange as ukDateRange } from '../format/uk-date';
export { formatBytes } from '../format/bytes';
export { categoryLabel } from '../format/labels';

/** A training record's expiry: the one rule, in core/training/expiry.ts. */
export { expiryDateOf as trainingExpiry } from '../training/expiry';

/** Hours as people write them: 1.5, 12, 0.25. */
export const formatHours = (hours: number): string => String(Math.round(hours * 100) / 100);

/** The licensed body the application goes through, by name where the profile has one. */
export function licensedBodyName(profile: Profile, frameworkId: string): string {
  const via = profile.targetRegistrations.find((t) => t.frameworkId === frameworkId)?.viaBodyId;
  if (!via) return '';
  return bodyName(via, profile);
}
