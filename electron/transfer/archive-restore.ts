import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import type { ArchivePreview, RestoreResult } from '../../core/api/methods/transfer';
import type { ArchiveManifest } from '../../core/transfer/archive-manifest';
import { mergePortfolios } from '../../core/transfer/portfolio-merge';
import type { Portfolio } from '../../core/model/portfolio';
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

/** How a restore treats a portfolio that already holds something. */
export type RestoreMode = 'replace' | 'merge';

interface StagedRestore {
  manifest: ArchiveManifest;
  portfolio: Portfolio;
  fromVersion: number;
  evidence: Map<string, string>;
}

type ReadOptions = { onProgress?: OnProgress; limits?: ArchiveLimits; freeBytes?: (dir: string) => Promise<number> };

/**
 * Unpacks an archive into a staging folder inside the data folder (so staged files reach the vault
 * by rename on the same disk) and checks it in full, then hands it to `use`; the staging folder is
 * removed whatever happens.
 */
async function withStagedArchive<T>(archivePath: string, options: ReadOptions, dataDir: string, use: (staged: StagedRestore) => Promise<T>): Promise<T> {
  const stagingDir = path.join(dataDir, `.restore-${randomUUID()}`);
  await mkdir(stagingDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  try {
    const staged = await readArchiveToStaging(archivePath, stagingDir, options);
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
    for (const file of citedFiles(reading.portfolio)) {
      if (!staged.evidence.has(file.sha256)) throw archiveRefusal(`the file for the evidence "${file.title}" is not in it`);
    }
    return await use({ manifest: staged.manifest, portfolio: reading.portfolio, fromVersion: reading.fromVersion, evidence: staged.evidence });
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
}

/** What an archive holds and what restoring it would do, checked in full; nothing changes. */
export async function previewArchiveFromPath(archivePath: string, options: ReadOptions, services: Pick<RestoreServices, 'dataDir' | 'portfolio'>): Promise<ArchivePreview> {
  return withStagedArchive(archivePath, options, services.dataDir, async (staged) => {
    const current = services.portfolio.read();
    const { summary } = mergePortfolios(current, staged.portfolio);
    return {
      createdAt: staged.manifest.createdAt,
      appVersion: staged.manifest.appVersion,
      counts: { ...portfolioCounts(staged.portfolio), evidenceFiles: staged.evidence.size },
      currentCounts: portfolioCounts(current),
      currentIsEmpty: isEmptyPortfolio(current),
      merge: { added: summary.added, updated: summary.updated, unchanged: summary.unchanged, keptNewer: summary.keptNewer.length },
    };
  });
}

/**
 * Restores a .techfolio archive. The archive is unpacked into a staging folder and checked in full
 * (layout, sizes, hashes, manifest, portfolio format, migrated if older, and that every cited
 * evidence file is present) before anything in the portfolio changes; a bad archive leaves the
 * portfolio exactly as it was. Replacing a portfolio that holds anything needs `replace`; merging
 * adds the archive's records by id and never puts an older copy over a newer one. Either way a
 * portfolio that holds anything is backed up first. Evidence files go into the vault first, then
 * portfolio.json is written in one atomic step, so an interruption leaves either the old portfolio
 * (with some spare files) or the restored one.
 */
export async function restoreArchiveFromPath(
  archivePath: string,
  options: { replace: boolean; mode?: RestoreMode } & ReadOptions,
  services: RestoreServices,
): Promise<RestoreResult> {
  const { portfolio, evidence, backups } = services;
  const mode: RestoreMode = options.mode ?? 'replace';
  const hadContent = !isEmptyPortfolio(portfolio.read());
  if (hadContent && mode === 'replace' && !options.replace) throw new ApiError({ code: 'refused', message: NOT_EMPTY_MESSAGE });

  const { replace: _replace, mode: _mode, ...readOptions } = options;
  return withStagedArchive(archivePath, readOptions, services.dataDir, async (staged) => {
    const backup = hadContent ? await backups.createBackup('before-restore') : null;
    let done = 0;
    for (const [sha256, stagedFile] of staged.evidence) {
      options.onProgress?.({ phase: 'evidence', done: done++, total: staged.evidence.size });
      await evidence.adopt(sha256, stagedFile);
    }
    options.onProgress?.({ phase: 'portfolio', done: 0, total: 1 });
    const merge = portfolio.update((current) => {
      if (mode === 'replace') return { next: staged.portfolio, result: null };
      const { merged, summary } = mergePortfolios(current, staged.portfolio);
      return { next: merged, result: summary };
    });
    options.onProgress?.({ phase: 'portfolio', done: 1, total: 1 });
    return {
      counts: { ...portfolioCounts(staged.portfolio), evidenceFiles: staged.evidence.size },
      backupFileName: backup?.fileName ?? null,
      fromSchemaVersion: staged.fromVersion,
      ...(merge ? { merge } : {}),
    };
  });
}
