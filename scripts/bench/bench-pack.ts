import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackOptions } from '../../core/pack/pack-options';
import type { Figure } from './figures';
import { openBenchBackend } from './generate-portfolio';
import type { PackChildResult } from './pack-child';
import { jpegImageSizes } from './pdf-images';
import { editOneRecord, preparePhotosAsAdded } from './pack-edits';
import { photoFloorMs } from './photo-floor';
import { runProcess } from './run-process';
import { packImageCacheDir } from '../../electron/pack/pack-image-cache';
import { median } from './stats';

const MB = 1024 * 1024;
export const PACK_TIME_RATIO = 3;
/** A pack after one record changed, against qpdf. */
export const PACK_EDIT_RATIO = 1.5;
/** The first pack against a repeated one, once the photos were prepared as they were added. */
export const PACK_FIRST_RATIO = 1.2;
export const PACK_MEMORY_BYTES = 1024 * MB;
export const PHOTO_BYTES = 500 * 1024;

const packChild = fileURLToPath(new URL('./pack-child.ts', import.meta.url));
/** The pack's default image resolution (core/pack/pack-options.ts). */
const DEFAULT_DPI = PackOptions.parse({ frameworkId: 'x' }).imageDpi;

async function makePack(dataDir: string, profileDir: string | undefined): Promise<PackChildResult> {
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = await runProcess(process.execPath, [...profile, '--import', 'tsx', packChild, dataDir], {
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' },
  });
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as PackChildResult;
}

export interface PackBenchOptions {
  dataDir: string;
  /** The same portfolio without the photos: how long the PDFs and text take on their own. */
  pdfOnlyDataDir?: string | undefined;
  outDir: string;
  runs: number;
  /** Write a CPU profile of every pack run (main thread and worker) to this folder. */
  profileDir?: string | undefined;
  log: (line: string) => void;
}

export interface PackBenchDetails {
  runs: { packMs: number; packPeakRssBytes: number; packStartRssBytes: number; qpdfMs: number; qpdfPeakRssBytes: number | undefined; pdfOnlyMs: number | undefined; photoFloorMs: number }[];
  /** Preparing every photo as it is added, before the first pack. */
  photosAtAddMs: number;
  /** A pack after one CPD record's title changed. */
  afterEditMs: number;
  pages: number;
  packBytes: number;
  qpdfBytes: number;
  evidencePdfs: number;
  photoSizes: number[];
  photoSourceBytes: number[];
}

/**
 * The RSciTech pack with all evidence, made in a child process through the real API, against
 * qpdf merging the same evidence PDFs. Runs alternate, so both see the same machine state.
 */
export async function benchPack(options: PackBenchOptions): Promise<{ figures: Figure[]; details: PackBenchDetails }> {
  const backend = await openBenchBackend(options.dataDir);
  const files = backend.portfolio.read().evidence.flatMap((item) => (item.kind === 'file' ? [item.file] : []));
  const pdfPaths = files.filter((f) => f.mediaType === 'application/pdf').map((f) => backend.evidence.pathFor(f.sha256));
  const photos = files.filter((f) => f.mediaType.startsWith('image/'));
  const photoSourceBytes = photos.map((f) => f.size);
  const photoPaths = photos.map((f) => backend.evidence.pathFor(f.sha256));
  await backend.close();

  if (options.runs < 2) throw new Error('The pack benchmark needs two runs or more: the first pack, and the pack made again.');
  // As after adding the photos: each prepared in the background, before the first pack is asked for.
  await rm(packImageCacheDir(options.dataDir), { recursive: true, force: true });
  const photosAtAddMs = await preparePhotosAsAdded(
    options.dataDir,
    photos.map((f, i) => ({ sha256: f.sha256, mediaType: f.mediaType, file: photoPaths[i]! })),
  );
  options.log(`  photos prepared as they were added: ${(photosAtAddMs / 1000).toFixed(2)} s for ${photos.length}`);
  const qpdfOut = path.join(options.outDir, 'qpdf-baseline.pdf');
  const runs: PackBenchDetails['runs'] = [];
  let last: PackChildResult | undefined;
  for (let run = 1; run <= options.runs; run++) {
    const qpdf = await runProcess('qpdf', ['--empty', '--pages', ...pdfPaths, '--', qpdfOut], { measureMemory: true });
    const result = await makePack(options.dataDir, options.profileDir);
    if (last) await rm(last.file, { force: true });
    last = result;
    const floorMs = await photoFloorMs(photoPaths, DEFAULT_DPI);
    let pdfOnly: PackChildResult | undefined;
    if (options.pdfOnlyDataDir) {
      pdfOnly = await makePack(options.pdfOnlyDataDir, undefined);
      await rm(pdfOnly.file, { force: true });
    }
    runs.push({ packMs: result.ms, packPeakRssBytes: result.peakRssBytes, packStartRssBytes: result.startRssBytes, qpdfMs: qpdf.ms, qpdfPeakRssBytes: qpdf.peakRssBytes, pdfOnlyMs: pdfOnly?.ms, photoFloorMs: floorMs });
    options.log(
      `  pack run ${run}/${options.runs}: ${(result.ms / 1000).toFixed(2)} s, peak ${(result.peakRssBytes / MB).toFixed(0)} MB, ${result.pages} pages; qpdf ${(qpdf.ms / 1000).toFixed(2)} s; ` +
        `photos alone in sharp ${(floorMs / 1000).toFixed(2)} s${pdfOnly ? `; pack without photos ${(pdfOnly.ms / 1000).toFixed(2)} s` : ''}`,
    );
  }
  if (!last || !runs[0]) throw new Error('The pack benchmark made no pack.');
  // One record changed, then the pack asked for again.
  const undoEdit = await editOneRecord(options.dataDir);
  let afterEditMs: number;
  try {
    const edited = await makePack(options.dataDir, undefined);
    await rm(edited.file, { force: true });
    afterEditMs = edited.ms;
  } finally {
    await undoEdit();
  }
  options.log(`  pack after one record changed: ${(afterEditMs / 1000).toFixed(2)} s`);
  const pack = await readFile(last.file);
  const photoSizes = await jpegImageSizes(pack);
  const qpdfBytes = (await readFile(qpdfOut)).length;
  await rm(last.file, { force: true });

  const firstMs = runs[0].packMs;
  const againMs = median(runs.slice(1).map((r) => r.packMs));
  const qpdfMs = median(runs.map((r) => r.qpdfMs));
  const peak = Math.max(...runs.map((r) => r.packPeakRssBytes));
  const qpdfPeaks = runs.flatMap((r) => (r.qpdfPeakRssBytes === undefined ? [] : [r.qpdfPeakRssBytes]));
  const floorMs = median(runs.map((r) => r.photoFloorMs));
  const pdfOnlyRuns = runs.flatMap((r) => (r.pdfOnlyMs === undefined ? [] : [r.pdfOnlyMs]));
  const n = `median of ${options.runs}`;
  const evidence = `${pdfPaths.length} PDFs, ${photoSourceBytes.length} photos`;
  const figures: Figure[] = [
    {
      id: 'pack.time',
      name: `Pack made again: wall time (${evidence}, ${last.pages} pages)`,
      unit: 'ms',
      value: againMs,
      baseline: { name: 'qpdf merging the PDFs', value: qpdfMs },
      budget: { kind: 'ratio', max: PACK_TIME_RATIO },
      note: `median of runs 2 to ${options.runs}`,
    },
    {
      id: 'pack.time-first',
      name: 'Pack, first time, with the photos prepared as they were added',
      unit: 'ms',
      value: firstMs,
      baseline: { name: 'the pack made again', value: againMs },
      budget: { kind: 'ratio', max: PACK_FIRST_RATIO },
      note: 'run 1',
    },
    {
      id: 'pack.time-after-edit',
      name: 'Pack after one CPD record changed',
      unit: 'ms',
      value: afterEditMs,
      baseline: { name: 'qpdf merging the PDFs', value: qpdfMs },
      budget: { kind: 'ratio', max: PACK_EDIT_RATIO },
      note: 'one run',
    },
    {
      id: 'pack.peak-memory',
      name: 'Pack: peak memory (RSS of the process)',
      unit: 'bytes',
      value: peak,
      baseline: qpdfPeaks.length > 0 ? { name: 'qpdf', value: Math.max(...qpdfPeaks) } : undefined,
      budget: { kind: 'absolute', max: PACK_MEMORY_BYTES },
      note: `highest of ${options.runs}`,
    },
    {
      id: 'pack.photos-at-add',
      name: `Preparing the ${photos.length} photos as they are added (in the background, before any pack)`,
      unit: 'ms',
      value: photosAtAddMs,
      baseline: { name: 'sharp resizing each photo once', value: floorMs },
      budget: { kind: 'none' },
      note: 'once',
    },
    ...(pdfOnlyRuns.length > 0
      ? [
          {
            id: 'pack.time-pdfs-only',
            name: `Pack without the photos (${pdfPaths.length} PDFs and the text)`,
            unit: 'ms' as const,
            value: median(pdfOnlyRuns),
            baseline: { name: 'qpdf merging the PDFs', value: qpdfMs },
            budget: { kind: 'none' as const },
            note: n,
          },
        ]
      : []),
    { id: 'pack.size', name: 'Pack: file size', unit: 'bytes', value: last.bytes, baseline: { name: 'qpdf output', value: qpdfBytes }, budget: { kind: 'none' } },
  ];
  if (photoSizes.length > 0) {
    figures.push({
      id: 'pack.photo-max',
      name: `Pack: largest photo in the pack (of ${photoSizes.length})`,
      unit: 'bytes',
      value: Math.max(...photoSizes),
      baseline: { name: 'median original photo', value: median(photoSourceBytes) },
      budget: { kind: 'absolute', max: PHOTO_BYTES },
      note: `median photo in the pack ${(median(photoSizes) / 1024).toFixed(0)} KB`,
    });
  }
  return {
    figures,
    details: { runs, photosAtAddMs, afterEditMs, pages: last.pages, packBytes: last.bytes, qpdfBytes, evidencePdfs: pdfPaths.length, photoSizes, photoSourceBytes },
  };
}
