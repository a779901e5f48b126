// What a refused call must leave untouched: every file under a folder, with its content hash.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file (and empty folder) under `dir`, mapped to a hash of its bytes. The folder lock is left
 * out: it belongs to the running process, and its time stamp is refreshed while it runs. So is a
 * data folder's `cache/`: it holds what is derived from files already kept (photos as printed,
 * words read from evidence), is filled in the background at its own pace, and is safe to delete.
 */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    if (entries.length === 0 && folder !== dir) out[`${path.relative(dir, folder)}/`] = 'empty folder';
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.name === 'portfolio.lock' || (entry.name === 'cache' && entry.isDirectory())) continue;
      if (entry.isDirectory()) await walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  };
  await walk(dir);
  return out;
}

/** portfolio.json as data, for a deep comparison that names the field that changed. */
export async function readStoreJson(dataDir: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(dataDir, 'portfolio.json'), 'utf8'));
}

/** Both views at once: the store's data and the whole folder's file list. */
export async function snapshotPortfolio(dataDir: string): Promise<{ store: unknown; files: Record<string, string> }> {
  return { store: await readStoreJson(dataDir), files: await snapshotTree(dataDir) };
}
