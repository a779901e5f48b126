import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packImageEntry } from '../../../../electron/pack/pack-image-cache';
import { preparePhotosOnAdd } from '../../../../electron/pack/prepare-on-add';
import type { KeptFile } from '../../../../electron/services/evidence-vault';
import { makeTempDir } from '../../../support/temp-dir';

const photo = (colour: string) => sharp({ create: { width: 900, height: 600, channels: 3, background: colour } }).jpeg().toBuffer();
const kept = (sha: string, bytes: Uint8Array | undefined, mediaType = 'image/jpeg', file = '/nowhere/in/the/vault'): KeptFile => ({ sha256: sha.repeat(64), mediaType, file, bytes, hashedInPlace: true });

describe('photos prepared for print when they are added', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it("keeps each photo where the pack looks for it, at the pack's default resolution, from the bytes that arrived", async () => {
    const seen: number[] = [];
    const photos = preparePhotosOnAdd(temp.dir, { prepare: async (bytes, dpi) => (seen.push(dpi), { jpeg: bytes, widthPx: 900, heightPx: 600 }) });
    const bytes = await photo('#336699');
    photos.add(kept('a', bytes));
    expect(photos.pending()).toBe(1);
    await photos.idle();
    expect(photos.pending()).toBe(0);
    expect(seen).toEqual([200]);
    expect(Buffer.from(await readFile(packImageEntry(temp.dir, 'a'.repeat(64), 200))).equals(bytes)).toBe(true);
  });

  it('reads the photo from the vault when its bytes did not arrive in memory (the CLI)', async () => {
    const file = path.join(temp.dir, 'kept-photo');
    const bytes = await photo('#993366');
    await sharp(bytes).toFile(file);
    const photos = preparePhotosOnAdd(path.join(temp.dir, 'cache'), { prepare: async (b) => ({ jpeg: b, widthPx: 900, heightPx: 600 }) });
    photos.add(kept('b', undefined, 'image/jpeg', file));
    await photos.idle();
    expect(await readdir(path.join(temp.dir, 'cache'))).toEqual([path.basename(packImageEntry(temp.dir, 'b'.repeat(64), 200))]);
  });

  it('leaves PDFs and other files alone, and goes on after a photo that cannot be prepared', async () => {
    const prepared: string[] = [];
    const photos = preparePhotosOnAdd(temp.dir, {
      prepare: async (bytes) => {
        if (bytes.length === 3) throw new Error('Input buffer contains unsupported image format');
        prepared.push(Buffer.from(bytes).toString('hex').slice(0, 4));
        return { jpeg: await photo('#000000'), widthPx: 900, heightPx: 600 };
      },
    });
    photos.add(kept('c', new Uint8Array([1, 2, 3])));
    photos.add(kept('d', new TextEncoder().encode('%PDF-1.7'), 'application/pdf'));
    photos.add(kept('e', await photo('#ffffff')));
    await photos.idle();
    expect(prepared).toEqual(['ffd8']);
    expect(await readdir(temp.dir)).toEqual([path.basename(packImageEntry(temp.dir, 'e'.repeat(64), 200))]);
  });

  it('when stopped, finishes the photo in hand and drops the rest', async () => {
    let release!: () => void;
    const started: string[] = [];
    const photos = preparePhotosOnAdd(temp.dir, {
      prepare: async (bytes) => {
        started.push(String(bytes[0]));
        await new Promise<void>((resolve) => (release = resolve));
        return { jpeg: await photo('#808080'), widthPx: 900, heightPx: 600 };
      },
    });
    photos.add(kept('f', new Uint8Array([1])));
    photos.add(kept('0', new Uint8Array([2])));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const stopping = photos.stop();
    release();
    await stopping;
    photos.add(kept('1', new Uint8Array([3])));
    await photos.idle();
    expect(started).toEqual(['1']);
    expect(await readdir(temp.dir)).toEqual([path.basename(packImageEntry(temp.dir, 'f'.repeat(64), 200))]);
  });
});
