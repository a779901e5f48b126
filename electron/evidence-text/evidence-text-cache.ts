import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Portfolio } from '../../core/model/portfolio';
import { writeFileAtomic } from '../services/atomic-write';
import { PRIVATE_DIR_MODE } from '../services/private-files';
import { FILE_TEXT_CHARS } from '../../core/suggest/example-sources';

/** <data>/cache/evidence-text/: one <sha256>.txt per evidence file, safe to delete (made again when needed). */
export const evidenceTextDir = (dataDir: string): string => path.join(dataDir, 'cache', 'evidence-text');

const SHA256 = /^[0-9a-f]{64}$/;

export type ExtractText = (bytes: Uint8Array, mediaType: string, signal: AbortSignal) => Promise<string>;

/** pdf.js and the OCR engine load with the first file read, not when the portfolio opens. */
const extractEvidenceText: ExtractText = async (bytes, mediaType, signal) => (await import('./extract-text')).extractEvidenceText(bytes, mediaType, signal);

/**
 * The words in each evidence file, read once per content (by SHA-256) and kept in the cache
 * folder. Files are read one at a time in the background, in the order they were asked for, so an
 * add never waits; a caller that needs the text now (the inbox) awaits textOf, which shares any
 * read already under way.
 */
export class EvidenceTextCache {
  private readonly pending = new Map<string, Promise<string>>();
  /** The texts read so far (each up to FILE_TEXT_CHARS), for the example finder, which ranks without waiting for the disk. */
  private readonly known = new Map<string, string>();
  private learnt = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly stop = new AbortController();

  constructor(
    readonly dataDir: string,
    /** Where the vault keeps the file with this hash. */
    private readonly fileFor: (sha256: string) => string,
    private readonly extract: ExtractText = extractEvidenceText,
  ) {}

  get dir(): string {
    return evidenceTextDir(this.dataDir);
  }

  private cachePath(sha256: string): string {
    return path.join(this.dir, `${sha256}.txt`);
  }

  /** The text already read for this file, or undefined when it has not been read yet. */
  async cached(sha256: string): Promise<string | undefined> {
    if (!SHA256.test(sha256)) return undefined;
    return readFile(this.cachePath(sha256), 'utf8').catch(() => undefined);
  }

  /** The file's text: from the cache, else read now (in turn with the background reads). */
  textOf(sha256: string, mediaType: string): Promise<string> {
    const running = this.pending.get(sha256);
    if (running) return running;
    const job = (async () => {
      const kept = await this.cached(sha256);
      if (kept !== undefined) return kept;
      const turn = this.chain.then(async () => {
        if (this.closed) return '';
        const bytes = await readFile(this.fileFor(sha256));
        const text = await this.extract(bytes, mediaType, this.stop.signal);
        // The folder may be closed (and removed) while a file was being read.
        if (this.closed) return text;
        await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE });
        // Empty text is kept too, so a file with no words is not read again.
        await writeFileAtomic(this.cachePath(sha256), text);
        this.remember(sha256, text);
        return text;
      });
      this.chain = turn.catch(() => undefined);
      return turn;
    })().finally(() => this.pending.delete(sha256));
    this.pending.set(sha256, job);
    return job;
  }

  /** Reads a file's text in the background; failures leave it unread, to be tried when next asked. */
  queue(sha256: string, mediaType: string): void {
    if (this.closed) return;
    void this.textOf(sha256, mediaType).catch(() => undefined);
  }

  /** At start: reads, in the background, the files whose text is not kept yet; drops texts of files no longer cited. */
  async backfill(portfolio: Portfolio): Promise<void> {
    const files = new Map(portfolio.evidence.flatMap((item) => (item.kind === 'file' ? [[item.file.sha256, item.file.mediaType] as const] : [])));
    const kept = new Set((await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)));
    for (const name of kept) {
      if (!files.has(name)) await rm(this.cachePath(name), { force: true });
      else this.remember(name, (await this.cached(name)) ?? '');
    }
    for (const [sha256, mediaType] of files) if (!kept.has(sha256)) this.queue(sha256, mediaType);
  }

  private remember(sha256: string, text: string): void {
    if (!text.trim()) return;
    this.known.set(sha256, text.slice(0, FILE_TEXT_CHARS));
    this.learnt += 1;
  }

  /** Goes up each time a file's words are learnt, so a ranking built on `texts` knows to build again. */
  get revision(): number {
    return this.learnt;
  }

  /** The texts read so far, by SHA-256 (files not read yet, or with no words, are absent). */
  get texts(): ReadonlyMap<string, string> {
    return this.known;
  }

  /** Every kept text of these files, for search (files not read yet are left out). */
  async textsOf(hashes: Iterable<string>): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    for (const sha256 of new Set(hashes)) {
      const text = await this.cached(sha256);
      if (text) texts.set(sha256, text);
    }
    return texts;
  }

  /** Stops taking new reads, ends an OCR under way, and waits for it to stop; what was not read is read at the next start. */
  async close(): Promise<void> {
    this.closed = true;
    this.stop.abort();
    await this.chain;
  }
}
