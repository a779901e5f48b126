import { z } from 'zod';
import { Timestamp } from '../model/dates';
import { ColumnMapping, ImportKind } from './columns';
import { DuplicateAction } from './duplicates';
import { ValueMapping } from './values';

/**
 * The choices made when a file was last imported, so the next export from the same system (the
 * same header row) comes in the same way without choosing again.
 */
export const ImportProfile = z.object({
  /** headerSignature() of the file's header row. */
  signature: z.string().max(100),
  kind: ImportKind,
  mapping: ColumnMapping,
  values: ValueMapping.default({}),
  duplicates: DuplicateAction.default('skip'),
  updatedAt: Timestamp,
});
export type ImportProfile = z.infer<typeof ImportProfile>;

/** A short, stable name for a header row: the same columns in the same order, whatever their case or spacing. */
export function headerSignature(headers: readonly string[]): string {
  const text = headers.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('\u0001');
  // FNV-1a, 32 bits, twice with different seeds: enough to tell a handful of sources apart.
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return `${headers.length}-${hash(0x811c9dc5)}${hash(0x01000193)}`;
}

/** The profiles with this one in place of any earlier one for the same header row and kind. */
export function rememberProfile(profiles: readonly ImportProfile[], profile: ImportProfile, max: number): ImportProfile[] {
  const others = profiles.filter((p) => !(p.signature === profile.signature && p.kind === profile.kind));
  // The oldest is forgotten first when the list is full.
  return [...others, profile].slice(-max);
}
