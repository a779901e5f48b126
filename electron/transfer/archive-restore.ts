import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import type { RestoreResult } from '../../core/api/methods/transfer';
import { isEmptyPortfolio, portfolioCounts } from '../../core/transfer/portfolio-contents';
import type { BackupService } from '../services/backups';
import { NewerFormatError } from '../services/migrations';
import { readStoreText } from '../services/integrity-check';
import type { PortfolioStore } from '../services/portfolio-store';
import { archiveRefusal, readArchiveToStaging } from './archive-reader';
import { citedFiles } from './archive-writer';
import type { TransferEvidence } from './transfer-evidence';
import type { OnProgress } from './transfer-progress';
import type { ArchiveLimits } from '../../core/transfer/archive-manifest';
import { PRIVATE_DIR_MODE } from '../services/private-files';

export interface RestoreServices {
  dataDir: string;
  portfolio: PortfolioStore;
  evidence: TransferEvidence;
  backups: Pick<BackupService, 'createBackup'>;
}

export const NOT_EMPTY_MESSAGE =
  'This portfolio already holds records. Restoring replaces all of them with the archive: choose Replace to go ahead (on the command line, add --replace). A backup of the current portfolio is made first.';

/**
 * Restores a .techfolio archive. The archive is unpacked into a staging folder and checked in full
 * (layout, sizes, hashes, manifest, portfolio format, migrated if older, and that every cited
 * evidence file is present) before anything in the portfolio changes; a bad archive leaves the
 * portfolio exactly as it was. A portfolio that holds anything is replaced only when asked, after a
 * backup. Evidence files go into the vault first, then portfolio.json is written in one atomic step,
 * so an interruption leaves either the old portfolio (with some spare files) or the restored one.
 */
export async function restoreArchiveFromPath(
  archivePath: string,
  options: { replace: boolean; onProgress?: OnProgress; limits?: ArchiveLimits; freeBytes?: (dir: string) => Promise<number> },
  services: RestoreServices,
): Promise<RestoreResult> {
  const { portfolio, evidence, backups } = services;
  const hadContent = !isEmptyPortfolio(portfolio.read());
  if (hadContent && !options.replace) throw new ApiError({ code: 'refused', message: NOT_EMPTY_MESSAGE });

  // Inside the data folder, so staged files reach the vault by rename on the same disk.
  const stagingDir = path.join(services.dataDir, `.restore-${randomUUID()}`);
  await mkdir(stagingDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  try {
    const { replace: _replace, ...readOptions } = options;
    const staged = await readArchiveToStaging(archivePath, stagingDir, readOptions);
    let reading;
    try {
      reading = readStoreText(staged.portfolioText);
    } catch (error) {
      if (error instanceof NewerFormatError) {
        throw new ApiError({ code: 'refused', message: 'This archive was made by a newer version of Techfolio. Update Techfolio, then restore it. Your portfolio has not been changed.' });
      }
      throw error;
    }
    if (!reading.ok) throw archiveRefusal(`its portfolio.json cannot be read: ${reading.problem}`);
    const restored = reading.portfolio;
    for (const file of citedFiles(restored)) {
      if (!staged.evidence.has(file.sha256)) throw archiveRefusal(`the file for the evidence "${file.title}" is not in it`);
    }

    const backup = hadContent ? await backups.createBackup('before-restore') : null;
    let done = 0;
    for (const [sha256, stagedFile] of staged.evidence) {
      options.onProgress?.({ phase: 'evidence', done: done++, total: staged.evidence.size });
      await evidence.adopt(sha256, stagedFile);
    }
    options.onProgress?.({ phase: 'portfolio', done: 0, total: 1 });
    portfolio.update(() => ({ next: restored, result: undefined }));
    options.onProgress?.({ phase: 'portfolio', done: 1, total: 1 });
    return {
      counts: { ...portfolioCounts(restored), evidenceFiles: staged.evidence.size },
      backupFileName: backup?.fileName ?? null,
      fromSchemaVersion: reading.fromVersion,
    };
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
}
