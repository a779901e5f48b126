import type { Backend } from '../backend';
import type { ExportServices } from './archive-export';
import type { RestoreServices } from './archive-restore';
import { vaultTransferEvidence } from './vault-transfer-evidence';

/** What archive export and restore work on, from an open backend (the CLI's and tests' way in). */
export async function backendTransferServices(backend: Backend): Promise<ExportServices & RestoreServices> {
  const info = await backend.api.getInfo();
  return {
    dataDir: info.dataDir,
    appVersion: info.version,
    portfolio: backend.portfolio,
    evidence: vaultTransferEvidence(backend.evidence),
    backups: backend.backups,
  };
}
