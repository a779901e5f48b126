import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateEvidencePdfs, type GeneratedFile } from './generate-pdfs';
import { generatePhotos } from './generate-photos';

/** Bumped when a generator changes what it makes, so old cached files are not reused. */
const GENERATOR_VERSION = { pdfs: 2, photos: 1 } as const;

/**
 * Generated evidence files kept in bench-output/inputs/<key>/: the generators are seeded, so the
 * files for a key are always the same bytes and a second run need not spend a minute making them.
 */
async function cached(root: string, key: string, version: number, make: () => Promise<GeneratedFile[]>): Promise<GeneratedFile[]> {
  const dir = path.join(root, `v${version}-${key}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) {
    const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
    return Promise.all(names.map(async (fileName) => ({ fileName, bytes: new Uint8Array(await readFile(path.join(dir, fileName))) })));
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = await make();
  for (const file of files) await writeFile(path.join(dir, file.fileName), file.bytes);
  await writeFile(done, '');
  return files;
}

export function evidencePdfs(root: string, options: { count: number; pages: number; seed: number }): Promise<GeneratedFile[]> {
  return cached(root, `pdfs-${options.count}x-${options.pages}p-s${options.seed}`, GENERATOR_VERSION.pdfs, () => generateEvidencePdfs(options));
}

export function phonePhotos(root: string, options: { count: number; seed: number }): Promise<GeneratedFile[]> {
  return cached(root, `photos-${options.count}x-s${options.seed}`, GENERATOR_VERSION.photos, () => generatePhotos(options));
}
