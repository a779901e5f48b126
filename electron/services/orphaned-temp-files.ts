import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describeBytes } from '../../core/transfer/portfolio-contents';
import { TEMP_BESIDE_NAME } from './atomic-write';
import { backupsDir } from './backups';
import { exportsDir } from './made-files';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Staging folders of a restore and of an uploaded archive (archive-restore.ts, transfer-impl.ts). */
const STAGING_DIR_NAME = new RegExp(`^\\.(restore|upload)-${UUID}$`);

export interface RemovedTempFiles {
  count: number;
  bytes: number;
}

/**
 * At start, with the folder's lock held (so no other Techfolio is mid-write here): removes what
 * writes killed part-way left behind. Only names of the exact shapes Techfolio gives its temporary
 * files and staging folders are touched; the live files (portfolio.json, backups, evidence) never
 * have such names, and a symbolic link is never followed.
 */
export async function removeOrphanedTempFiles(dataDir: string): Promise<RemovedTempFiles> {
  const removed: RemovedTempFiles = { count: 0, bytes: 0 };
  for (const dir of [dataDir, backupsDir(dataDir), exportsDir(dataDir)]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const isTemp = TEMP_BESIDE_NAME.test(name);
      const isStaging = dir === dataDir && STAGING_DIR_NAME.test(name);
      if (!isTemp && !isStaging) continue;
      const entry = path.join(dir, name);
      const info = await lstat(entry).catch(() => null);
      if (!info || info.isSymbolicLink()) continue;
      if (isTemp && !info.isFile()) continue;
      if (isStaging && !info.isDirectory()) continue;
      const bytes = isStaging ? await folderBytes(entry) : info.size;
      await rm(entry, { recursive: isStaging, force: true });
      removed.count += 1;
      removed.bytes += bytes;
    }
  }
  return removed;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile()) total += (await lstat(path.join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/** The startup notice's sentence, or null when there was nothing to remove. */
export function removedTempFilesNote(removed: RemovedTempFiles): string | null {
  if (removed.count === 0) return null;
  return `${removed.count} unfinished temporary ${removed.count === 1 ? 'file' : 'files'} (${describeBytes(removed.bytes)}) left by an interrupted save ${removed.count === 1 ? 'was' : 'were'} removed; nothing you saved was in them.`;
}
