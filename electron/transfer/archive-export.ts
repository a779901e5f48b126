import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveExport } from '../../core/api/methods/transfer';
import { ARCHIVE_EXTENSION } from '../../core/transfer/archive-manifest';
import { exportsDir } from '../services/made-files';
import type { PortfolioStore } from '../services/portfolio-store';
import { writeArchive } from './archive-writer';
import type { TransferEvidence } from './transfer-evidence';
import type { OnProgress } from './transfer-progress';
import { PRIVATE_DIR_MODE } from '../services/private-files';


export interface ExportServices {
  dataDir: string;
  appVersion: string;
  portfolio: PortfolioStore;
  evidence: TransferEvidence;
  now?: () => Date;
}

/** techfolio-2026-11-23-024200: sortable, and no characters any file system refuses. */
export function exportBaseName(at: Date): string {
  return `techfolio-${at.toISOString().slice(0, 19).replace('T', '-').replace(/:/g, '')}`;
}

/** Writes an archive of the whole portfolio to a path the user chose. */
export async function exportArchiveToPath(outPath: string, services: ExportServices, onProgress?: OnProgress): Promise<{ bytes: number }> {
  const { bytes } = await writeArchive(outPath, {
    portfolio: services.portfolio.read(),
    evidence: services.evidence,
    appVersion: services.appVersion,
    ...(services.now ? { now: services.now } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  return { bytes };
}

/** Writes an archive into <data>/exports/, named by the time, never replacing an earlier one. */
export async function exportArchiveToExports(services: ExportServices, onProgress?: OnProgress): Promise<ArchiveExport> {
  const dir = exportsDir(services.dataDir);
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const base = exportBaseName((services.now ?? (() => new Date()))());
  const taken = (id: string) => stat(path.join(dir, id + ARCHIVE_EXTENSION)).then(() => true, () => false);
  let exportId = base;
  for (let n = 2; await taken(exportId); n++) exportId = `${base}-${n}`;
  const fileName = exportId + ARCHIVE_EXTENSION;
  const { bytes } = await exportArchiveToPath(path.join(dir, fileName), services, onProgress);
  return { exportId, fileName, bytes };
}
