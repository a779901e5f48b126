import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The portfolio is one person's record of their work: on POSIX systems its folders are 0700 and
 * its files 0600, so other accounts on the same computer cannot read the store, backups, evidence,
 * made PDFs or caches. Windows keeps a user's profile folder private by its own access lists, so
 * modes are left alone there.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates a folder (and any missing parents) readable by its owner only. */
export async function makePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

export interface TightenedModes {
  /** Files and folders whose group or other permissions were removed. */
  changed: number;
  /** Those that could not be changed (owned by another user, say); their access is as it was. */
  failed: number;
}

/**
 * At start: removes group and other permissions from the data folder and everything in it, for
 * folders made by earlier versions (0755 / 0644) or copied in from elsewhere. The owner's own bits
 * are kept, so a folder the user made read-only stays read-only. Symbolic links are not followed:
 * whatever they point to is not the portfolio's.
 */
export async function tightenModes(dataDir: string, platform: NodeJS.Platform = process.platform): Promise<TightenedModes> {
  const result: TightenedModes = { changed: 0, failed: 0 };
  if (platform === 'win32') return result;
  const visit = async (entry: string): Promise<void> => {
    const info = await lstat(entry).catch(() => null);
    if (!info || info.isSymbolicLink()) return;
    if ((info.mode & 0o077) !== 0) {
      try {
        await chmod(entry, info.mode & 0o7700);
        result.changed += 1;
      } catch {
        result.failed += 1;
      }
    }
    if (!info.isDirectory()) return;
    const names = await readdir(entry).catch(() => [] as string[]);
    for (const name of names) await visit(path.join(entry, name));
  };
  await visit(dataDir);
  return result;
}

/** The startup notice's sentence for tightenModes, or null when nothing needed doing. */
export function tightenedModesNote(dataDir: string, modes: TightenedModes): string | null {
  const notes: string[] = [];
  if (modes.changed > 0) {
    const what = modes.changed === 1 ? '1 file or folder' : `${modes.changed} files and folders`;
    notes.push(`${what} in ${dataDir} could be read by other accounts on this computer; ${modes.changed === 1 ? 'it is' : 'they are'} now readable by you alone.`);
  }
  if (modes.failed > 0) {
    notes.push(`${modes.failed} ${modes.failed === 1 ? 'item' : 'items'} in ${dataDir} can be read by other accounts and could not be changed (they belong to another user): change their permissions yourself.`);
  }
  return notes.length > 0 ? notes.join(' ') : null;
}
