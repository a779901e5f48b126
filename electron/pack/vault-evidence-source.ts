import { readFile } from 'node:fs/promises';
import type { EvidenceSource } from '../../core/pack/evidence-source';

/** Evidence bytes from the vault's files (electron/services/evidence-vault.ts names them by hash). */
export function vaultEvidenceSource(vault: { pathFor(sha256: string): string }): EvidenceSource {
  return {
    read: async (sha256) => {
      try {
        return await readFile(vault.pathFor(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
