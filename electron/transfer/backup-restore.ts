import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import type { BackupPreview, BackupRestoreResult } from '../../core/api/methods/transfer';
import type { Portfolio } from '../../core/model/portfolio';
import { portfolioCounts } from '../../core/transfer/portfolio-contents';
import type { BackupService } from '../services/backups';
import type { EvidenceVault } from '../services/evidence-vault';
import { readStoreText } from '../services/integrity-check';
import { NewerFormatError } from '../services/migrations';
import type { PortfolioStore } from '../services/portfolio-store';
import { PRIVATE_DIR_MODE } from '../services/private-files';
import { citedFiles } from './archive-writer';

export interface BackupRestoreServices {
  portfolio: PortfolioStore;
  backups: Pick<BackupService, 'read' | 'createBackup'>;
  evidence: Pick<EvidenceVault, 'pathFor' | 'trashDir'>;
}

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);

/** A kept backup, read and brought up to the current format; refused with a reason the user can act on. */
async function readBackup(fileName: string, backups: BackupRestoreServices['backups']): Promise<{ portfolio: Portfolio; createdAt: string; reason: string }> {
  const found = await backups.read(fileName);
  if (!found) throw new ApiError({ code: 'not-found', message: 'That backup is no longer in the backups folder.' });
  let reading;
  try {
    reading = readStoreText(found.text);
  } catch (error) {
    if (error instanceof NewerFormatError) throw new ApiError({ code: 'refused', message: 'That backup was made by a newer version of Techfolio. Update Techfolio, then restore it.' });
    throw error;
  }
  if (!reading.ok) throw new ApiError({ code: 'refused', message: `That backup cannot be read: ${reading.problem}. Your portfolio has not been changed.` });
  return { portfolio: reading.portfolio, createdAt: found.info.createdAt, reason: found.info.reason };
}

export async function previewBackup(fileName: string, services: BackupRestoreServices): Promise<BackupPreview> {
  const backup = await readBackup(fileName, services.backups);
  return { fileName, createdAt: backup.createdAt, reason: backup.reason, counts: portfolioCounts(backup.portfolio), currentCounts: portfolioCounts(services.portfolio.read()) };
}

/**
 * Puts a rolling backup back in place of the portfolio. The current portfolio is backed up first
 * (reason 'before-restore'), so this too can be undone from the same list. Evidence files the
 * backup cites that went to the trash since are brought back before the portfolio is written.
 */
export async function restoreBackup(fileName: string, services: BackupRestoreServices): Promise<BackupRestoreResult> {
  const backup = await readBackup(fileName, services.backups);
  const before = await services.backups.createBackup('before-restore');
  let missing = 0;
  for (const { sha256 } of citedFiles(backup.portfolio)) {
    const kept = services.evidence.pathFor(sha256);
    if (await isFile(kept)) continue;
    const trashed = path.join(services.evidence.trashDir, sha256);
    if (await isFile(trashed)) {
      await mkdir(path.dirname(kept), { recursive: true, mode: PRIVATE_DIR_MODE });
      await rename(trashed, kept);
    } else missing++;
  }
  services.portfolio.update(() => ({ next: backup.portfolio, result: undefined }));
  return { counts: portfolioCounts(backup.portfolio), restoredFrom: fileName, backupFileName: before?.fileName ?? null, missingEvidenceFiles: missing };
}
