import { randomUUID } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, openSync, renameSync, rmSync, writeFileSync, writevSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from './private-files';

/** A hidden temporary name in the target's own folder, so the final rename stays on one file system. */
const tempBeside = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);

/**
 * The names tempBeside makes: a dot, the target's name, a random UUID, ".tmp". A name of this shape
 * that is still there when the folder's lock is taken was left by a write that was killed (it is
 * never renamed into place after a restart), so it can be removed. See orphaned-temp-files.ts.
 */
export const TEMP_BESIDE_NAME = /^\..+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

/** Bytes, text, or chunks as they arrive (a file being copied, an archive being zipped). */
export type FileContent = string | Uint8Array | AsyncIterable<Uint8Array | string>;

/**
 * Writes a whole file or nothing: the content goes to a temporary file in the same folder, is
 * flushed to the disk, and the temporary file is renamed over the target (a rename is atomic on
 * one file system). A crash at any point leaves either the old file or the new one. Chunks are
 * written as they arrive, so a large archive is never held in memory whole.
 */
export async function writeFileAtomic(target: string, content: FileContent): Promise<void> {
  const temp = tempBeside(target);
  await writeNewFileFlushed(temp, content);
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Copies a file the same way, streaming it. */
export async function copyFileAtomic(source: string, target: string): Promise<void> {
  await writeFileAtomic(target, createReadStream(source));
}

/**
 * Writes a new file (never an existing one) and flushes it to the disk; if anything fails, the
 * half-written file is removed. The caller renames it into place when that is wanted.
 */
export async function writeNewFileFlushed(file: string, content: FileContent): Promise<void> {
  const handle = await open(file, 'wx', PRIVATE_FILE_MODE);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
    else for await (const chunk of content) await handle.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
}

/**
 * writeFileAtomic for the portfolio store, whose every change must be read-modify-write without a
 * gap another call could slip into: synchronous, so no other request runs until the file is in place.
 * Given a list of chunks it writes them in order without joining them first. `flush: false` skips
 * the flushes, for a file whose loss or emptiness after a crash is harmless (it is still whole or
 * absent while the system runs).
 */
export function writeFileAtomicSync(target: string, data: string | Uint8Array | readonly Uint8Array[], { flush = true } = {}): void {
  const temp = tempBeside(target);
  const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    if (Array.isArray(data)) writeChunksSync(fd, data);
    else writeFileSync(fd, data as string | Uint8Array);
    if (flush) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  if (flush) syncFolderSync(path.dirname(target));
}

/** The most chunks one writev takes on Linux and macOS (IOV_MAX). */
const WRITEV_MAX = 1024;

/** writev in batches, continued after a short write (which the system may make on a nearly full disk). */
function writeChunksSync(fd: number, chunks: readonly Uint8Array[]): void {
  const pending = chunks.filter((chunk) => chunk.byteLength > 0);
  let next = 0;
  while (next < pending.length) {
    let written = writevSync(fd, pending.slice(next, next + WRITEV_MAX));
    while (next < pending.length && written >= pending[next]!.byteLength) written -= pending[next++]!.byteLength;
    if (written > 0) pending[next] = pending[next]!.subarray(written);
  }
}

function syncFolderSync(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
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
