import { packImageCacheDir } from '../../electron/pack/pack-image-cache';
import { preparePhotosOnAdd } from '../../electron/pack/prepare-on-add';
import { openBenchBackend } from './generate-portfolio';

/**
 * What adding the photos sets going: each prepared for print into the pack's cache, one after
 * another, as the app does in the background after each add (electron/pack/prepare-on-add.ts).
 * Read from the vault, as after the CLI's evidence add. Returns the milliseconds it took.
 */
export async function preparePhotosAsAdded(dataDir: string, photos: readonly { sha256: string; mediaType: string; file: string }[]): Promise<number> {
  const preparation = preparePhotosOnAdd(packImageCacheDir(dataDir));
  const started = performance.now();
  for (const photo of photos) preparation.add({ ...photo, hashedInPlace: true });
  await preparation.idle();
  return performance.now() - started;
}

/** Changes one CPD record's title (the newest), as one edit in the UI would; returns how to put it back. */
export async function editOneRecord(dataDir: string): Promise<() => Promise<void>> {
  const title = await setNewestCpdTitle(dataDir, (old) => `${old} (revised)`);
  return async () => {
    await setNewestCpdTitle(dataDir, () => title);
  };
}

async function setNewestCpdTitle(dataDir: string, title: (old: string) => string): Promise<string> {
  const backend = await openBenchBackend(dataDir);
  try {
    return backend.portfolio.update((current) => {
      const newest = current.cpd.reduce((a, b) => (b.startDate > a.startDate ? b : a));
      return { next: { ...current, cpd: current.cpd.map((r) => (r === newest ? { ...r, title: title(r.title) } : r)) }, result: newest.title };
    });
  } finally {
    await backend.close();
  }
}
