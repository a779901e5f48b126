import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder, are flushed
 * to the disk, and the temporary file is renamed over the target (a rename is atomic on one
 * file system). A crash at any point leaves either the old file or the new one.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await replaceAtomically(target, (handle) => handle.writeFile(data));
}

/** Copies a file the same way, streaming it, so a large pack is never held in memory whole. */
export async function copyFileAtomic(source: string, target: string): Promise<void> {
  await replaceAtomically(target, async (handle) => {
    for await (const chunk of createReadStream(source)) await handle.write(chunk as Buffer);
  });
}

async function replaceAtomically(target: string, fill: (handle: FileHandle) => Promise<unknown>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await fill(handle);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Makes a rename durable: the folder entry itself is flushed (not possible on Windows, where it is not needed). */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
