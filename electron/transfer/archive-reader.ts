import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, statfs } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ApiError } from '../../core/api/errors';
import { ARCHIVE_FORMAT_VERSION, ARCHIVE_LIMITS, ArchiveManifest, type ArchiveLimits, classifyArchiveEntry } from '../../core/transfer/archive-manifest';
import type { OnProgress } from './transfer-progress';
import { describeBytes } from '../../core/transfer/portfolio-contents';

/** Space a restore leaves free beyond what it unpacks, so the portfolio can still be saved and backed up. */
export const FREE_SPACE_MARGIN_BYTES = 64 * 1024 * 1024;

/** Free bytes for this user on the disk holding `dir`. */
export async function freeBytesAt(dir: string): Promise<number> {
  const fs = await statfs(dir);
  return fs.bavail * fs.bsize;
}

const limitFor = (kind: 'manifest' | 'portfolio' | 'evidence', limits: ArchiveLimits) =>
  kind === 'manifest' ? limits.maxManifestBytes : kind === 'portfolio' ? limits.maxPortfolioBytes : limits.maxEvidenceFileBytes;

const entryLabel = (name: string) => `"${name.slice(0, 200)}"`;

/**
 * Reads only the archive's directory (nothing is unpacked) and refuses, naming the entry and the
 * reason: a name with no place in the layout, a duplicate, encryption, a declared size over the
 * entry's limit (an evidence file larger than one the app lets you add), a claimed expansion no
 * real file has, or a total over the archive limit. Returns the total the archive unpacks to.
 */
async function checkArchiveDirectory(archivePath: string, limits: ArchiveLimits): Promise<number> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(archivePath, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true });
  } catch (error) {
    throw archiveRefusal(`it is not a readable zip file (${(error as Error).message})`);
  }
  const seen = new Set<string>();
  let total = 0;
  try {
    if (zip.entryCount > limits.maxEntries) throw archiveRefusal(`it holds ${zip.entryCount} files, more than the ${limits.maxEntries} allowed`);
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      const kind = classifyArchiveEntry(name);
      if (kind === null) throw archiveRefusal(`it holds ${entryLabel(name)}, which has no place in a Techfolio archive`);
      if (seen.has(name)) throw archiveRefusal(`it holds ${entryLabel(name)} twice`);
      seen.add(name);
      if (entry.isEncrypted()) throw archiveRefusal('it is encrypted');
      if (kind.kind === 'directory') continue;
      const size = entry.uncompressedSize;
      const max = limitFor(kind.kind, limits);
      if (size > max) {
        throw archiveRefusal(
          kind.kind === 'evidence'
            ? `${entryLabel(name)} unpacks to ${describeBytes(size)}, larger than an evidence file may be (${describeBytes(max)})`
            : `${entryLabel(name)} unpacks to more than a Techfolio archive may hold (${describeBytes(size)}; at most ${describeBytes(max)})`,
        );
      }
      if (size > limits.ratioExemptBytes && size > entry.compressedSize * limits.maxExpansionRatio) {
        const ratio = entry.compressedSize > 0 ? Math.round(size / entry.compressedSize) : Infinity;
        throw archiveRefusal(
          `${entryLabel(name)} would grow from ${describeBytes(entry.compressedSize)} to ${describeBytes(size)} (${Number.isFinite(ratio) ? `${ratio.toLocaleString('en-GB')} times` : 'from nothing'}), far more than any real file compresses`,
        );
      }
      total += size;
      if (total > limits.maxTotalBytes) throw archiveRefusal(`with ${entryLabel(name)} it unpacks to more than ${describeBytes(limits.maxTotalBytes)}, more than a Techfolio archive may hold`);
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw archiveRefusal((error as Error).message);
  } finally {
    if (zip.isOpen) zip.close();
  }
  return total;
}
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../services/private-files';

/** An archive checked and unpacked into a staging folder; nothing outside that folder was touched. */
export interface StagedArchive {
  manifest: ArchiveManifest;
  portfolioText: string;
  /** sha256 → the staged file, each checked against its name and the manifest. */
  evidence: Map<string, string>;
}

const NOT_AN_ARCHIVE = 'This file is not a Techfolio archive, or it is damaged';

/** Thrown for anything wrong with the archive itself. */
export function archiveRefusal(detail: string): ApiError {
  return new ApiError({ code: 'refused', message: `${NOT_AN_ARCHIVE}: ${detail}. Your portfolio has not been changed.` });
}

class TooLarge extends Error {}

/**
 * Counts (and optionally hashes) bytes as they pass, failing as soon as this entry's limit or the
 * archive's (overTotal answers for the running total) is crossed.
 */
function meter(maxBytes: number, overTotal: (n: number) => boolean, hash?: ReturnType<typeof createHash>) {
  let count = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      count += chunk.length;
      if (overTotal(chunk.length) || count > maxBytes) return done(new TooLarge());
      hash?.update(chunk);
      done(null, chunk);
    },
  });
}

async function readToBuffer(stream: Readable, maxBytes: number, overTotal: (n: number) => boolean): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await pipeline(stream, meter(maxBytes, overTotal), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  });
  return Buffer.concat(chunks);
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads a .techfolio archive into stagingDir, checking everything on the way: every entry name
 * against the layout (no absolute paths, no "..", nothing else), declared sizes before reading and
 * actual sizes while reading (zip bombs), encryption, duplicates, the manifest's schema, and every
 * file's SHA-256 and size against the manifest. Evidence streams to disk; only the manifest and
 * portfolio.json are held in memory, and they are capped.
 */
export async function readArchiveToStaging(
  archivePath: string,
  stagingDir: string,
  options: { limits?: ArchiveLimits; onProgress?: OnProgress; freeBytes?: (dir: string) => Promise<number> } = {},
): Promise<StagedArchive> {
  const limits = options.limits ?? ARCHIVE_LIMITS;
  // Everything is judged from the archive's directory before a byte is unpacked.
  const unpacked = await checkArchiveDirectory(archivePath, limits);
  await mkdir(stagingDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const free = await (options.freeBytes ?? freeBytesAt)(stagingDir);
  if (unpacked + FREE_SPACE_MARGIN_BYTES > free) {
    throw new ApiError({
      code: 'refused',
      message: `This archive unpacks to ${describeBytes(unpacked)}, and the disk holding your portfolio has ${describeBytes(free)} free (Techfolio keeps ${describeBytes(FREE_SPACE_MARGIN_BYTES)} spare). Free some space, then restore it again. Your portfolio has not been changed.`,
    });
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(archivePath, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true });
  } catch (error) {
    throw archiveRefusal(`it is not a readable zip file (${(error as Error).message})`);
  }

  const evidenceDir = path.join(stagingDir, 'evidence');
  await mkdir(evidenceDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  let manifestBytes: Buffer | undefined;
  let portfolioBytes: Buffer | undefined;
  const evidence = new Map<string, { file: string; size: number }>();
  const seen = new Set<string>();
  let declaredTotal = 0;
  let actualTotal = 0;
  const countActual = (n: number) => (actualTotal += n) > limits.maxTotalBytes;

  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw archiveRefusal(`it holds ${zip.entryCount} files, more than the ${limits.maxEntries} allowed`);
  }

  try {
    let index = 0;
    for await (const entry of zip.eachEntry()) {
      options.onProgress?.({ phase: 'checking', done: index++, total: zip.entryCount });
      const name = entry.fileName;
      const kind = classifyArchiveEntry(name);
      if (kind === null) throw archiveRefusal(`it holds "${name.slice(0, 200)}", which has no place in a Techfolio archive`);
      if (seen.has(name)) throw archiveRefusal(`it holds "${name}" twice`);
      seen.add(name);
      if (entry.isEncrypted()) throw archiveRefusal('it is encrypted');
      if (kind.kind === 'directory') continue;

      const max =
        kind.kind === 'manifest' ? limits.maxManifestBytes : kind.kind === 'portfolio' ? limits.maxPortfolioBytes : limits.maxEvidenceFileBytes;
      declaredTotal += entry.uncompressedSize;
      if (entry.uncompressedSize > max || declaredTotal > limits.maxTotalBytes) {
        throw archiveRefusal(`"${name}" unpacks to more than a Techfolio archive may hold`);
      }

      const stream = await zip.openReadStreamPromise(entry);
      if (kind.kind === 'manifest') manifestBytes = await readToBuffer(stream, max, countActual);
      else if (kind.kind === 'portfolio') portfolioBytes = await readToBuffer(stream, max, countActual);
      else {
        const file = path.join(evidenceDir, kind.sha256);
        const hash = createHash('sha256');
        let size = 0;
        const counted = (n: number) => ((size += n), countActual(n));
        await pipeline(stream, meter(max, counted, hash), createWriteStream(file, { flags: 'wx', mode: PRIVATE_FILE_MODE }));
        if (hash.digest('hex') !== kind.sha256) throw archiveRefusal(`the evidence file ${kind.sha256.slice(0, 12)}… does not match its SHA-256`);
        evidence.set(kind.sha256, { file, size });
      }
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof TooLarge) throw archiveRefusal('it unpacks to more data than a Techfolio archive may hold');
    throw archiveRefusal((error as Error).message);
  } finally {
    // eachEntry closes an archive it read to the end; an early exit may leave it open.
    if (zip.isOpen) zip.close();
  }

  if (!manifestBytes) throw archiveRefusal('it has no manifest.json');
  if (!portfolioBytes) throw archiveRefusal('it has no portfolio.json');
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    throw archiveRefusal('its manifest.json is not valid JSON');
  }
  const formatVersion = (manifestJson as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof formatVersion === 'number' && formatVersion > ARCHIVE_FORMAT_VERSION) {
    throw new ApiError({ code: 'refused', message: 'This archive was made by a newer version of Techfolio. Update Techfolio, then restore it. Your portfolio has not been changed.' });
  }
  const parsed = ArchiveManifest.safeParse(manifestJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw archiveRefusal(`its manifest does not fit the archive format (${issue ? `${issue.path.join('.') || 'manifest'}: ${issue.message}` : 'unknown problem'})`);
  }
  const manifest = parsed.data;
  if (manifest.portfolio.sha256 !== sha256Of(portfolioBytes) || manifest.portfolio.size !== portfolioBytes.length) {
    throw archiveRefusal('portfolio.json does not match the SHA-256 in its manifest');
  }
  const listed = new Set(manifest.evidence.map((e) => e.sha256));
  for (const { sha256, size } of manifest.evidence) {
    const staged = evidence.get(sha256);
    if (!staged) throw archiveRefusal(`the evidence file ${sha256.slice(0, 12)}… listed in its manifest is missing`);
    if (staged.size !== size) throw archiveRefusal(`the evidence file ${sha256.slice(0, 12)}… is not the size its manifest gives`);
  }
  for (const sha256 of evidence.keys()) {
    if (!listed.has(sha256)) throw archiveRefusal(`the evidence file ${sha256.slice(0, 12)}… is not listed in its manifest`);
  }
  return {
    manifest,
    portfolioText: portfolioBytes.toString('utf8'),
    evidence: new Map([...evidence].map(([sha256, { file }]) => [sha256, file])),
  };
}
