import { readFile } from 'node:fs/promises';
import { DEFAULT_IMAGE_DPI } from '../../core/pack/pack-options';
import { isPrintedAsImage, type PreparedImage } from '../../core/pack/prepared-image';
import type { KeptFile } from '../services/evidence-vault';
import { cachedImagePreparer } from './cached-prepare-image';
import { prepareImage } from './prepare-image';

/** Photos being made ready for print after they were added, so the pack finds them in its cache. */
export interface PhotoPreparation {
  /** Queues a kept file; anything the pack does not print as an image is ignored. */
  add(kept: KeptFile): void;
  /** How many photos are waiting or being prepared. */
  pending(): number;
  /** Resolves once every photo queued so far is prepared (or has failed: the pack then tries again). */
  idle(): Promise<void>;
  /** Drops photos not yet started and waits for the one in progress (closing the portfolio). */
  stop(): Promise<void>;
}

export interface PhotoPreparationOptions {
  prepare?: (bytes: Uint8Array, dpi: number) => Promise<PreparedImage>;
  /** The resolution to prepare at: the pack's default, which is what almost every pack uses. */
  dpi?: number;
}

/**
 * Prepares each added photo for print in the background, through the same cache in the same
 * folder as the pack worker (./cached-prepare-image.ts), so the first pack costs what a repeated
 * one does. One photo at a time: sharp decodes on libuv's threads, never on the thread that
 * answers the UI, and one at a time keeps memory to one decoded photo while the user works on.
 * The photo's bytes are used as they arrived when they did; its SHA-256 is the vault's.
 */
export function preparePhotosOnAdd(cacheDir: string, options: PhotoPreparationOptions = {}): PhotoPreparation {
  const prepareCached = cachedImagePreparer(cacheDir, options.prepare ?? prepareImage);
  const dpi = options.dpi ?? DEFAULT_IMAGE_DPI;
  const queue: KeptFile[] = [];
  let running: Promise<void> | undefined;
  let stopped = false;

  const drain = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { sha256, file, bytes } = next;
      try {
        await prepareCached({ sha256, read: async () => bytes ?? (await readFile(file)) }, dpi);
      } catch {
        // An unreadable or broken photo: the pack meets it again and says so there.
      }
    }
    running = undefined;
  };

  return {
    add(kept) {
      if (stopped || !isPrintedAsImage(kept.mediaType)) return;
      // A long queue (many photos added at once) reads each from the vault rather than holding every photo's bytes.
      queue.push(queue.length < 2 ? kept : { ...kept, bytes: undefined });
      running ??= drain();
    },
    pending: () => queue.length + (running ? 1 : 0),
    idle: async () => {
      while (running) await running;
    },
    stop: async () => {
      stopped = true;
      queue.length = 0;
      await running;
    },
  };
}
