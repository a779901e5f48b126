import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { cpdCsv, trainingCsv } from '../../core/transfer/records-csv';
import { exportArchiveToExports, type ExportServices } from '../transfer/archive-export';
import { previewArchiveFromPath, restoreArchiveFromPath, type RestoreServices } from '../transfer/archive-restore';
import { ArchiveInbox } from '../transfer/archive-inbox';
import type { OnProgress } from '../transfer/transfer-progress';
import { previewBackup, restoreBackup } from '../transfer/backup-restore';
import { commitPlan, planSpreadsheetImport, toPreview } from '../transfer/spreadsheet-import';
import { vaultTransferEvidence } from '../transfer/vault-transfer-evidence';
import type { ApiServices } from './services';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../services/private-files';

type TransferImpl = Pick<
  TechfolioApiImpl,
  | 'previewImport'
  | 'commitImport'
  | 'exportArchive'
  | 'restoreArchive'
  | 'exportCsv'
  | 'chooseRestoreArchive'
  | 'uploadRestoreArchive'
  | 'previewRestoreArchive'
  | 'restoreReceivedArchive'
  | 'getRestoreProgress'
  | 'discardRestoreArchive'
  | 'previewBackup'
  | 'restoreBackup'
>;

/** The services archive export and restore work on, from the API's. */
export function transferServices(services: ApiServices): ExportServices & RestoreServices {
  return {
    dataDir: services.storage.dataDir,
    appVersion: services.info.version,
    portfolio: services.portfolio,
    evidence: vaultTransferEvidence(services.evidence),
    backups: services.backups,
  };
}

const decode = (base64: string) => Buffer.from(base64, 'base64');

export function createTransferImpl(services: ApiServices): TransferImpl {
  const transfer = transferServices(services);
  const inbox = new ArchiveInbox(services.storage.dataDir);
  const backupRestore = { portfolio: services.portfolio, backups: services.backups, evidence: services.evidence };
  // Progress is recorded while the work runs, so getRestoreProgress can answer from another call.
  const tracked = async <T>(archiveId: string, work: (file: string, onProgress: OnProgress) => Promise<T>) => {
    const file = await inbox.pathOf(archiveId);
    const progress = inbox.track(archiveId);
    try {
      return await work(file, progress.onProgress);
    } finally {
      progress.done();
    }
  };
  return {
    previewImport: async ({ fileName, dataBase64, ...choices }) => toPreview(await planSpreadsheetImport(fileName, decode(dataBase64), choices, services.portfolio)),
    commitImport: async ({ fileName, dataBase64, mode, ...choices }) =>
      commitPlan(await planSpreadsheetImport(fileName, decode(dataBase64), choices, services.portfolio), mode, services.portfolio),
    exportArchive: async () => exportArchiveToExports(transfer),
    restoreArchive: async ({ dataBase64, replace }) => {
      // Uploaded bytes are written to a file first so the same streaming, checked path is used.
      const dir = path.join(transfer.dataDir, `.upload-${randomUUID()}`);
      await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
      try {
        const archive = path.join(dir, 'upload.techfolio');
        await writeFile(archive, decode(dataBase64), { mode: PRIVATE_FILE_MODE });
        return await restoreArchiveFromPath(archive, { replace }, transfer);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    // The transport-neutral answer; the desktop shell replaces it with its open dialog (electron/shell/open-archive.ts).
    chooseRestoreArchive: async () => ({ status: 'upload' }),
    uploadRestoreArchive: async ({ fileName, dataBase64 }) => inbox.receive(fileName, decode(dataBase64)),
    previewRestoreArchive: async (archiveId) => tracked(archiveId, (file, onProgress) => previewArchiveFromPath(file, { onProgress }, transfer)),
    restoreReceivedArchive: async ({ archiveId, mode }) => {
      const result = await tracked(archiveId, (file, onProgress) => restoreArchiveFromPath(file, { replace: true, mode, onProgress }, transfer));
      await inbox.discard(archiveId);
      return result;
    },
    getRestoreProgress: async (archiveId) => inbox.progressOf(archiveId),
    discardRestoreArchive: async (archiveId) => ({ discarded: await inbox.discard(archiveId) }),
    previewBackup: async (fileName) => previewBackup(fileName, backupRestore),
    restoreBackup: async (fileName) => restoreBackup(fileName, backupRestore),
    exportCsv: async () => {
      const portfolio = services.portfolio.read();
      return { cpdCsv: cpdCsv(portfolio.cpd), trainingCsv: trainingCsv(portfolio.training) };
    },
  };
}
