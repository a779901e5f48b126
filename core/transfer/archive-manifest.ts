import { z } from 'zod';
import { ARCHIVE_EXTENSION } from './archive-extension';
import { Sha256 } from '../model/ids';
import { MAX_EVIDENCE_BYTES } from '../evidence/limits';

/** Bumped when the archive layout changes; readers refuse layouts newer than they know. */
export const ARCHIVE_FORMAT_VERSION = 1;
export { ARCHIVE_EXTENSION };

/** The only entries an archive may hold. */
export const ARCHIVE_LAYOUT = { manifest: 'manifest.json', portfolio: 'portfolio.json', evidenceDir: 'evidence/' } as const;

/**
 * Limits on what a restore will read, so a crafted archive cannot fill the disk or the memory:
 * declared sizes are checked before anything is unpacked and actual sizes while unpacking.
 * An evidence file may be no larger than one the app lets you add. Real evidence (PDFs, photos)
 * barely compresses and portfolio.json about tenfold; an entry that claims to grow more than
 * a hundredfold is a zip bomb. Small entries are exempt from the ratio: a few kilobytes of
 * repeated text can compress further and cannot hurt.
 */
export const ARCHIVE_LIMITS = {
  maxEntries: 20_000,
  maxManifestBytes: 8 * 1024 * 1024,
  maxPortfolioBytes: 64 * 1024 * 1024,
  maxEvidenceFileBytes: MAX_EVIDENCE_BYTES,
  maxTotalBytes: 8 * 1024 * 1024 * 1024,
  maxExpansionRatio: 100,
  ratioExemptBytes: 1024 * 1024,
} as const;
export type ArchiveLimits = { [K in keyof typeof ARCHIVE_LIMITS]: number };

const Size = z.number().int().nonnegative();

/** manifest.json: what the archive holds, with the SHA-256 and size of every file in it. */
export const ArchiveManifest = z
  .object({
    format: z.literal('techfolio-archive'),
    formatVersion: z.number().int().min(1).max(ARCHIVE_FORMAT_VERSION, 'This archive was made by a newer version of Techfolio. Update Techfolio, then restore it.'),
    createdAt: z.iso.datetime(),
    appVersion: z.string().max(40),
    /** The portfolio schema version of portfolio.json; older ones are migrated on restore. */
    schemaVersion: z.number().int().min(1),
    portfolio: z.object({ sha256: Sha256, size: Size }).strict(),
    evidence: z.array(z.object({ sha256: Sha256, size: Size }).strict()).max(ARCHIVE_LIMITS.maxEntries),
  })
  .strict()
  .refine((m) => new Set(m.evidence.map((e) => e.sha256)).size === m.evidence.length, {
    message: 'The manifest lists an evidence file twice.',
    path: ['evidence'],
  });
export type ArchiveManifest = z.infer<typeof ArchiveManifest>;

export type ArchiveEntry = { kind: 'manifest' } | { kind: 'portfolio' } | { kind: 'evidence'; sha256: string } | { kind: 'directory' };

const EVIDENCE_ENTRY = /^evidence\/([0-9a-f]{64})$/;

/**
 * What an entry name means, or null for any name outside the layout: absolute paths, drive letters,
 * backslashes, "..", and anything else are refused rather than cleaned up.
 */
export function classifyArchiveEntry(name: string): ArchiveEntry | null {
  if (name === ARCHIVE_LAYOUT.manifest) return { kind: 'manifest' };
  if (name === ARCHIVE_LAYOUT.portfolio) return { kind: 'portfolio' };
  if (name === ARCHIVE_LAYOUT.evidenceDir) return { kind: 'directory' };
  const m = EVIDENCE_ENTRY.exec(name);
  return m ? { kind: 'evidence', sha256: m[1]! } : null;
}

export const evidenceEntryName = (sha256: string) => `${ARCHIVE_LAYOUT.evidenceDir}${sha256}`;
