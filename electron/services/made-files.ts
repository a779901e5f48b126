import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Files the app makes for the user (PDF packs and summaries, Word copies, backup archives, zipped
 * submission folders) wait in <data>/exports/ until a transport delivers them: the desktop's save
 * dialog, browser mode's download, or the CLI's --out. Each is named <exportId>.<extension>.
 */
export const MADE_FILE_TYPES = {
  '.pdf': 'application/pdf',
  '.techfolio': 'application/zip',
  '.zip': 'application/zip',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type MadeFileExtension = keyof typeof MADE_FILE_TYPES;

/** Made files older than this are removed at start: they are copies, and the user had their chance to save them. */
export const MADE_FILE_MAX_AGE_DAYS = 7;

const EXPORT_ID = /^[a-z0-9-]{8,64}$/;

export const exportsDir = (dataDir: string): string => path.join(dataDir, 'exports');

/** The path of a made file; the id is checked so that it can never name another path. */
export function madeFilePath(dataDir: string, exportId: string, extension: MadeFileExtension): string {
  if (!EXPORT_ID.test(exportId)) throw new Error('Not a valid export id.');
  return path.join(exportsDir(dataDir), `${exportId}${extension}`);
}

/** Finds a made file by id whatever its kind, or null. */
export async function findMadeFile(dataDir: string, exportId: string): Promise<{ path: string; mediaType: string; size: number } | null> {
  if (!EXPORT_ID.test(exportId)) return null;
  for (const [extension, mediaType] of Object.entries(MADE_FILE_TYPES)) {
    const file = madeFilePath(dataDir, exportId, extension as MadeFileExtension);
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { path: file, mediaType, size: info.size };
  }
  return null;
}

/** Removes a made file once it has been delivered; true if there was one. */
export async function discardMadeFile(dataDir: string, exportId: string): Promise<boolean> {
  const made = await findMadeFile(dataDir, exportId);
  if (made) await rm(made.path, { force: true });
  return made !== null;
}

/** Removes made files older than the age limit; returns how many went. */
export async function purgeOldMadeFiles(dataDir: string, now: Date, maxAgeDays = MADE_FILE_MAX_AGE_DAYS): Promise<number> {
  const dir = exportsDir(dataDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const cutoff = now.getTime() - maxAgeDays * 24 * 60 * 60 * 1000;
  let removed = 0;
  for (const name of names) {
    if (!Object.keys(MADE_FILE_TYPES).includes(path.extname(name))) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && info.mtimeMs < cutoff) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/** A file name any system accepts: no path separators, reserved or control characters. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[<>:"/\\|?*\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '-').replace(/\s+/g, ' ').trim().slice(0, 180) || 'techfolio-file';
}
