import type { TechfolioApiImpl } from '../../core/api/contract';
import type { storageMethods } from '../../core/api/methods/storage';
import { MAX_EVIDENCE_BYTES } from '../../core/evidence/limits';
import { PORTFOLIO_SCHEMA_VERSION } from '../../core/model/portfolio';
import type { ApiServices } from './services';

type StorageImpl = Pick<TechfolioApiImpl, keyof typeof storageMethods>;

/** Where the portfolio is kept, its backups and what the startup check did. */
export function createStorageImpl({ portfolio, evidence, backups, storage }: ApiServices): StorageImpl {
  return {
    getStorageStatus: async () => {
      const list = await backups.list();
      return {
        dataDir: storage.dataDir,
        storePath: portfolio.path,
        schemaVersion: PORTFOLIO_SCHEMA_VERSION,
        lastBackup: list[0] ?? null,
        backups: list,
        startupCheck: storage.startupCheck,
        evidence: { ...(await evidence.stats()), maxFileBytes: MAX_EVIDENCE_BYTES },
      };
    },
  };
}
