import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from '../services/atomic-write';
import type { EvidenceVault } from '../services/evidence-vault';
import type { TransferEvidence } from './transfer-evidence';

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);

/**
 * The evidence vault as archive export and restore see it. A file cited but moved to the trash is
 * still found (the vault brings it back at the next start). Adopting follows the vault's rule that a
 * name is its content: an existing file is never overwritten.
 */
export function vaultTransferEvidence(vault: EvidenceVault): TransferEvidence {
  return {
    async pathOf(sha256) {
      for (const candidate of [vault.pathFor(sha256), path.join(vault.trashDir, sha256)]) if (await isFile(candidate)) return candidate;
      return null;
    },
    async adopt(sha256, stagedPath) {
      const target = vault.pathFor(sha256);
      if (await isFile(target)) {
        await rm(stagedPath, { force: true });
        return;
      }
      await mkdir(path.dirname(target), { recursive: true });
      await rename(stagedPath, target);
      await syncFolder(path.dirname(target));
    },
  };
}
