import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReceivedArchive, TransferProgress } from '../../core/api/methods/transfer';
import { ApiError } from '../../core/api/errors';
import { copyFileAtomic, writeFileAtomic } from '../services/atomic-write';
import { PRIVATE_DIR_MODE } from '../services/private-files';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** An archive chosen but never restored is a copy of a file the user still has: gone after a day. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export const archiveGone = (): ApiError =>
  new ApiError({ code: 'not-found', message: 'That archive is no longer waiting to be restored. Choose it again.' });

/**
 * Archives chosen for restoring wait in <data>/restore-inbox/<id>.techfolio until they are
 * previewed and restored. A copy is taken (the desktop's chosen file, or the browser's upload), so
 * the file the user picked cannot change between the preview and the restore, and the renderer
 * names it by a random id rather than by a path.
 */
export class ArchiveInbox {
  private readonly progress = new Map<string, TransferProgress>();

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get dir(): string {
    return path.join(this.dataDir, 'restore-inbox');
  }

  /** The waiting archive's path; throws not-found for an unknown id. */
  async pathOf(archiveId: string): Promise<string> {
    if (!ID.test(archiveId)) throw archiveGone();
    const file = path.join(this.dir, `${archiveId}.techfolio`);
    if (!(await stat(file).then((s) => s.isFile(), () => false))) throw archiveGone();
    return file;
  }

  /** Takes in a copy of a file on disk (the desktop's open dialog). */
  async adoptFile(source: string): Promise<ReceivedArchive> {
    const { archiveId, target } = await this.slot();
    await copyFileAtomic(source, target);
    return { archiveId, fileName: path.basename(source), bytes: (await stat(target)).size };
  }

  /** Takes in uploaded bytes (browser mode). */
  async receive(fileName: string, bytes: Uint8Array): Promise<ReceivedArchive> {
    const { archiveId, target } = await this.slot();
    await writeFileAtomic(target, bytes);
    return { archiveId, fileName, bytes: bytes.length };
  }

  async discard(archiveId: string): Promise<boolean> {
    if (!ID.test(archiveId)) return false;
    this.progress.delete(archiveId);
    const file = path.join(this.dir, `${archiveId}.techfolio`);
    const existed = await stat(file).then(() => true, () => false);
    await rm(file, { force: true });
    return existed;
  }

  /** Reports for getRestoreProgress while a preview or restore of this archive runs. */
  track(archiveId: string): { onProgress: (p: TransferProgress) => void; done: () => void } {
    return { onProgress: (p) => this.progress.set(archiveId, p), done: () => this.progress.delete(archiveId) };
  }

  progressOf(archiveId: string): TransferProgress | null {
    return this.progress.get(archiveId) ?? null;
  }

  private async slot(): Promise<{ archiveId: string; target: string }> {
    await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    await this.purgeOld();
    const archiveId = randomUUID();
    return { archiveId, target: path.join(this.dir, `${archiveId}.techfolio`) };
  }

  private async purgeOld(): Promise<void> {
    const cutoff = this.now().getTime() - KEEP_MS;
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const file = path.join(this.dir, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtimeMs < cutoff) await rm(file, { force: true });
    }
  }
}
