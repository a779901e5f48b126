import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceVault } from '../services/evidence-vault';
import type { TransferEvidence } from './transfer-evidence';

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);

/**
 * The evidence vault as archive export and restore see it. A file cited but moved to the trash is
 * still found (the vault brings it back at the next start). Adopting is the vault's own placeFile.
 */
export function vaultTransferEvidence(vault: EvidenceVault): TransferEvidence {
  return {
    async pathOf(sha256) {
      for (const candidate of [vault.pathFor(sha256), path.join(vault.trashDir, sha256)]) if (await isFile(candidate)) return candidate;
      return null;
    },
    adopt: (sha256, stagedPath) => vault.placeFile(stagedPath, sha256),
  };
}
