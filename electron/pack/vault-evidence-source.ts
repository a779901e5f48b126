import { createHash } from 'node:crypto';
import { createReadStream, type BigIntStats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { EvidenceCheck, EvidenceSource } from '../../core/pack/evidence-source';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Which version of a file was hashed: any write to it changes its size, mtime or ctime. */
const identity = (stats: BigIntStats) => `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Evidence bytes from the vault's files (electron/services/evidence-vault.ts names them by hash).
 * A file found to match its name is remembered with its identity, so checking it again, as each
 * pack and its preflight do, costs a stat rather than hashing it again while it is unchanged.
 */
export function vaultEvidenceSource(vault: { pathFor(sha256: string): string }): EvidenceSource {
  const matched = new Map<string, string>();
  return {
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
        hash = await fileSha256(file);
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
