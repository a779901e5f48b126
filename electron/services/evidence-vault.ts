import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceAdded } from '../../core/api/methods/evidence';
import { localToday } from '../../core/format/today';
import { ApiError } from '../../core/api/errors';
import { classifyEvidence, type EvidenceTypeVerdict } from '../../core/evidence/accepted-types';
import { MAX_EVIDENCE_BYTES, tooLargeMessage } from '../../core/evidence/limits';
import { PAGED_MEDIA_TYPE, pagesOnlyForPdfMessage } from '../../core/evidence/page-selection';
import { EvidenceItem } from '../../core/model/evidence';
import type { z } from 'zod';
import type { CriterionMapping } from '../../core/model/mapping';
import type { Portfolio } from '../../core/model/portfolio';
import { syncFolder, writeNewFileFlushed, type FileContent } from './atomic-write';
import { PRIVATE_DIR_MODE } from './private-files';
import type { BackupService } from './backups';
import { hashFile } from './file-hash';
import type { PortfolioStore } from './portfolio-store';

/** What a file really is, from its bytes; the sniffer loads when a file is first added, not when the vault opens. */
const fileType = () => import('file-type');

/** Files nobody cites any more stay in <data>/trash/ this long before they are purged. */
export const TRASH_DAYS = 30;
const HEAD_BYTES = 4100;

export interface EvidenceFileDetails {
  title?: string | undefined;
  date?: string | undefined;
  description?: string | undefined;
  mappings?: z.input<typeof CriterionMapping>[] | undefined;
  /** Pages of a PDF to include ("1-3, 7"); refused for any other kind of file. */
  pages?: string | undefined;
}

/** A file the vault has just kept, for work that follows an add (preparing a photo for print). */
export interface KeptFile {
  sha256: string;
  mediaType: string;
  /** Where the vault keeps it. */
  file: string;
  /** Its bytes, when they arrived in memory (an add over the API). */
  bytes?: Uint8Array | undefined;
  /** True when the vault hashed exactly the bytes now in `file` (the new copy was moved into place). */
  hashedInPlace: boolean;
}

const refused = (message: string) => new ApiError({ code: 'refused', message });

/** Evidence hashes the portfolio cites. */
export const citedHashes = (portfolio: Portfolio): Set<string> =>
  new Set(portfolio.evidence.flatMap((item) => (item.kind === 'file' ? [item.file.sha256] : [])));

/**
 * The evidence files: <data>/evidence/ab/<sha256>, named by their SHA-256 so the same file is
 * kept once, and never overwritten (a name is its content). A file no longer cited moves to
 * <data>/trash/ and is purged after 30 days, unless a kept backup still cites it: restoring that
 * backup must find its files.
 */
export class EvidenceVault {
  constructor(
    readonly dataDir: string,
    private readonly portfolio: PortfolioStore,
    private readonly backups: BackupService,
    private readonly now: () => Date = () => new Date(),
    /** How an incoming file reaches the disk before it is named by its hash (fault tests inject a full disk here). */
    private readonly writeNewFile: (file: string, content: FileContent) => Promise<void> = writeNewFileFlushed,
  ) {}

  private readonly keptListeners: ((kept: KeptFile) => void)[] = [];

  /** Calls `listener` after each file is added (or found already kept); it must not throw, and runs its work in the background. */
  onFileKept(listener: (kept: KeptFile) => void): void {
    this.keptListeners.push(listener);
  }

  get dir(): string {
    return path.join(this.dataDir, 'evidence');
  }
  get trashDir(): string {
    return path.join(this.dataDir, 'trash');
  }
  private get incomingDir(): string {
    return path.join(this.dir, '.incoming');
  }

  pathFor(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  /**
   * Adds a file from disk (the CLI). The size is checked from stat before anything is read; the
   * type from the first bytes; then the file is hashed while it is copied, never read whole.
   */
  async addFromPath(filePath: string, details: EvidenceFileDetails = {}): Promise<EvidenceAdded> {
    const fileName = labelOf(path.basename(filePath));
    const info = await stat(filePath).catch(() => null);
    if (!info) throw refused(`${filePath} does not exist or cannot be read.`);
    if (!info.isFile()) throw refused(`${filePath} is not a file.`);
    if (info.size > MAX_EVIDENCE_BYTES) throw refused(tooLargeMessage(fileName, info.size));
    const head = await readHead(filePath);
    const verdict = classifyEvidence(fileName, await (await fileType()).fileTypeFromFile(filePath), head);
    if (!verdict.accepted) throw refused(verdict.reason);
    if (details.pages?.trim() && verdict.mediaType !== PAGED_MEDIA_TYPE) throw refused(pagesOnlyForPdfMessage(fileName));

    await mkdir(this.incomingDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const temp = path.join(this.incomingDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    // Hashed and counted while it is copied, never read whole.
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of createReadStream(filePath)) {
        const bytes = chunk as Buffer;
        size += bytes.length;
        // The file may grow after stat: the limit holds for what is actually read.
        if (size > MAX_EVIDENCE_BYTES) throw refused(tooLargeMessage(fileName, size));
        hash.update(bytes);
        yield bytes;
      }
    }
    await this.writeNewFile(temp, counted());
    return this.keep(temp, hash.digest('hex'), size, fileName, verdict, details);
  }

  /** Adds a file whose bytes arrived over the API (a file dropped in the UI). */
  async addFromBytes(name: string, bytes: Uint8Array, details: EvidenceFileDetails = {}): Promise<EvidenceAdded> {
    const fileName = labelOf(name);
    if (bytes.length > MAX_EVIDENCE_BYTES) throw refused(tooLargeMessage(fileName, bytes.length));
    const verdict = classifyEvidence(fileName, await (await fileType()).fileTypeFromBuffer(bytes), bytes.subarray(0, HEAD_BYTES));
    if (!verdict.accepted) throw refused(verdict.reason);
    if (details.pages?.trim() && verdict.mediaType !== PAGED_MEDIA_TYPE) throw refused(pagesOnlyForPdfMessage(fileName));
    await mkdir(this.incomingDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const temp = path.join(this.incomingDir, randomUUID());
    await this.writeNewFile(temp, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return this.keep(temp, sha256, bytes.length, fileName, verdict, details, bytes);
  }

  /**
   * Puts a complete, flushed, already-hashed file in the vault under its hash. A name is its
   * content, so a file already kept is never overwritten (the copy is dropped), and one in the
   * trash is brought back instead.
   */
  async placeFile(stagedPath: string, sha256: string): Promise<void> {
    await this.place(stagedPath, sha256);
  }

  /** placeFile, saying whether the staged copy itself became the kept file. */
  private async place(stagedPath: string, sha256: string): Promise<boolean> {
    const target = this.pathFor(sha256);
    const trashed = path.join(this.trashDir, sha256);
    if (await exists(target)) {
      await rm(stagedPath, { force: true });
      return false;
    }
    await mkdir(path.dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE });
    const restored = await exists(trashed);
    if (restored) {
      await rm(stagedPath, { force: true });
      await rename(trashed, target);
    } else {
      await rename(stagedPath, target);
    }
    await syncFolder(path.dirname(target));
    return !restored;
  }

  /** Moves a complete, flushed copy into place (unless that content is already kept) and records it. */
  private async keep(
    temp: string,
    sha256: string,
    size: number,
    fileName: string,
    verdict: Extract<EvidenceTypeVerdict, { accepted: true }>,
    details: EvidenceFileDetails,
    bytes?: Uint8Array,
  ): Promise<EvidenceAdded> {
    const hashedInPlace = await this.place(temp, sha256);
    const notice = verdict.notice ? { notice: verdict.notice } : {};
    const added = this.portfolio.update<EvidenceAdded>((current) => {
      const existing = current.evidence.find((item) => item.kind === 'file' && item.file.sha256 === sha256);
      if (existing) return { next: current, result: { outcome: 'duplicate' as const, item: existing, ...notice } };
      const item = EvidenceItem.parse({
        kind: 'file',
        title: details.title?.trim() || defaultTitle(fileName),
        date: details.date ?? localToday(this.now()),
        description: details.description ?? '',
        mappings: details.mappings ?? [],
        ...(details.pages?.trim() ? { pages: details.pages } : {}),
        file: { sha256, size, mediaType: verdict.mediaType, originalName: fileName.slice(0, 500) },
        ...this.portfolio.stamp(),
      });
      return { next: { ...current, evidence: [...current.evidence, item] }, result: { outcome: 'added' as const, item, ...notice } };
    });
    const kept: KeptFile = { sha256, mediaType: verdict.mediaType, file: this.pathFor(sha256), bytes, hashedInPlace };
    for (const listener of this.keptListeners) listener(kept);
    return added;
  }

  /** After a change was written: files among these hashes that nothing cites any more go to the trash. */
  async release(hashes: Iterable<string>): Promise<void> {
    const cited = citedHashes(this.portfolio.read());
    for (const sha256 of new Set(hashes)) {
      if (cited.has(sha256)) continue;
      const source = this.pathFor(sha256);
      if (!(await exists(source))) continue;
      await mkdir(this.trashDir, { recursive: true, mode: PRIVATE_DIR_MODE });
      const target = path.join(this.trashDir, sha256);
      await rename(source, target);
      // The trash date is the file's modification time: rename keeps the old one.
      const at = this.now();
      await utimes(target, at, at);
    }
  }

  /**
   * At start: files the portfolio cites again (after a restore) come back from the trash; files
   * in the trash for more than 30 days are deleted unless a kept backup cites them.
   */
  async tidyTrash(): Promise<{ recovered: string[]; purged: string[] }> {
    const names = await readdir(this.trashDir).catch(() => [] as string[]);
    const cited = citedHashes(this.portfolio.read());
    const citedByBackups = names.length > 0 ? await this.backups.citedEvidence() : new Set<string>();
    const cutoff = this.now().getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000;
    const recovered: string[] = [];
    const purged: string[] = [];
    for (const name of names) {
      const file = path.join(this.trashDir, name);
      if (cited.has(name)) {
        await mkdir(path.dirname(this.pathFor(name)), { recursive: true, mode: PRIVATE_DIR_MODE });
        await rename(file, this.pathFor(name));
        recovered.push(name);
      } else if (!citedByBackups.has(name) && (await stat(file)).mtimeMs < cutoff) {
        await rm(file, { force: true });
        purged.push(name);
      }
    }
    // Copies left by an add that was interrupted before it was recorded.
    await rm(this.incomingDir, { recursive: true, force: true });
    return { recovered, purged };
  }

  /** Every problem with the cited files: missing, or content that no longer matches its hash. */
  async verify(): Promise<string[]> {
    const problems: string[] = [];
    for (const item of this.portfolio.read().evidence) {
      if (item.kind !== 'file') continue;
      const file = this.pathFor(item.file.sha256);
      if (!(await exists(file))) {
        problems.push(`Evidence "${item.title}" (${item.file.originalName}): its file is missing from ${file}.`);
        continue;
      }
      const actual = (await hashFile(file)).sha256;
      if (actual !== item.file.sha256) {
        problems.push(`Evidence "${item.title}" (${item.file.originalName}): the file ${file} has been changed or damaged (its SHA-256 is ${actual}).`);
      }
    }
    return problems;
  }

  async stats(): Promise<{ files: number; bytes: number }> {
    const files = this.portfolio.read().evidence.flatMap((item) => (item.kind === 'file' ? [item.file] : []));
    const unique = new Map(files.map((f) => [f.sha256, f.size]));
    return { files: unique.size, bytes: [...unique.values()].reduce((a, b) => a + b, 0) };
  }
}

/**
 * A file name as a label: control characters and bidirectional overrides (which can make
 * "invoice\u202Efdp.exe" read as "invoiceexe.pdf") are removed.
 */
// eslint-disable-next-line no-control-regex
const labelOf = (fileName: string) => fileName.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim() || 'unnamed file';

const defaultTitle = (fileName: string) => fileName.replace(/\.[A-Za-z0-9]{1,10}$/, '').trim().slice(0, 300) || 'Evidence file';

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function readHead(filePath: string): Promise<Uint8Array> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
