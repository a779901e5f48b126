import { bodyName } from '../cpd/bodies';
import { cpdCategorySchemes } from '../cpd/categories';
import { formatUkDate } from '../format/uk-date';
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

export function ukDateRange(start: string, end?: string): string {
  return end && end !== start ? `${formatUkDate(start)} – ${formatUkDate(end)}` : formatUkDate(start);
}

/** A training record's expiry: the one rule, in core/training/expiry.ts. */
export { expiryDateOf as trainingExpiry } from '../training/expiry';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Hours as people write them: 1.5, 12, 0.25. */
export const formatHours = (hours: number): string => String(Math.round(hours * 100) / 100);

/** The licensed body the application goes through, by name where the profile has one. */
export function licensedBodyName(profile: Profile, frameworkId: string): string {
  const via = profile.targetRegistrations.find((t) => t.frameworkId === frameworkId)?.viaBodyId;
  if (!via) return '';
  return bodyName(via, profile);
}

/** A category id as its scheme labels it ("work-based" → "Work-based learning"); unknown ids as written. */
export function categoryLabel(id: string | undefined): string {
  if (!id) return 'Uncategorised';
  for (const scheme of cpdCategorySchemes) {
    const found = scheme.categories.find((c) => c.id === id);
    if (found) return found.label;
  }
  return id;
}
