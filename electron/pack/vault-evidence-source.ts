import type { BigIntStats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { EvidenceCheck, EvidenceSource } from '../../core/pack/evidence-source';
import { hashFile } from '../services/file-hash';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Which version of a file was hashed: any write to it changes its size, mtime or ctime. */
const identity = (stats: BigIntStats) => `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;

/** The vault's files for the pack, and a way to pass on what the vault already hashed. */
export interface VaultEvidenceSource extends EvidenceSource {
  /** The vault has just hashed the bytes now in this file (an add): its next check costs a stat, not a hash. */
  vouch(sha256: string): Promise<void>;
}

/**
 * Evidence bytes from the vault's files (electron/services/evidence-vault.ts names them by hash).
 * A file found to match its name is remembered with its identity, so checking it again, as each
 * pack and its preflight do, costs a stat rather than hashing it again while it is unchanged.
 */
export function vaultEvidenceSource(vault: { pathFor(sha256: string): string }): VaultEvidenceSource {
  const matched = new Map<string, string>();
  return {
    vouch: async (sha256) => {
      const stats = await stat(vault.pathFor(sha256), { bigint: true }).catch(() => undefined);
      if (stats) matched.set(sha256, identity(stats));
    },
    read: async (sha256) => {
      try {
        return await readFile(vault.pathFor(sha256));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    check: async (sha256): Promise<EvidenceCheck> => {
      const file = vault.pathFor(sha256);
      let before: BigIntStats;
      try {
        before = await stat(file, { bigint: true });
      } catch (error) {
        if (isMissing(error)) return 'missing';
        throw error;
      }
      if (matched.get(sha256) === identity(before)) return 'ok';
      matched.delete(sha256);
      let hash: string;
      try {
        ({ sha256: hash } = await hashFile(file));
      } catch (error) {
        if (isMissing(error)) return 'missing';
        throw error;
      }
      if (hash !== sha256) return 'changed';
      // Remembered only if nothing wrote to the file while it was being hashed.
      const after = await stat(file, { bigint: true }).catch(() => undefined);
      if (after && identity(after) === identity(before)) matched.set(sha256, identity(before));
      return 'ok';
    },
  };
}
