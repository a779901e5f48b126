import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Portfolio } from '../../core/model/portfolio';
import { writeFileAtomic } from '../services/atomic-write';
import { makePrivateDir } from '../services/private-files';
import { FILE_TEXT_CHARS } from '../../core/suggest/example-sources';

/** <data>/cache/evidence-text/: one <sha256>.txt per evidence file, safe to delete (made again when needed). */
export const evidenceTextDir = (dataDir: string): string => path.join(dataDir, 'cache', 'evidence-text');

const SHA256 = /^[0-9a-f]{64}$/;

export type ExtractText = (bytes: Uint8Array, mediaType: string, signal: AbortSignal) => Promise<string>;

/** pdf.js and the OCR engine load with the first file read, not when the portfolio opens. */
const extractEvidenceText: ExtractText = async (bytes, mediaType, signal) => (await import('./extract-text')).extractEvidenceText(bytes, mediaType, signal);

/** How long after the folder opens the files not read yet start being read: a command that opens and closes at once reads none. */
export const START_READING_AFTER_MS = 2_000;

/**
 * The words in each evidence file, read once per content (by SHA-256) and kept in the cache
 * folder. Files are read one at a time in the background, in the order they were asked for, so an
 * add never waits; a caller that needs the text now (the inbox) awaits textOf, which shares any
 * read already under way. Reading gives way while a pack is made (`hold`): OCR would otherwise
 * take one of a laptop's two cores from it.
 */
export class EvidenceTextCache {
  private readonly pending = new Map<string, Promise<string>>();
  /** The texts read so far (each up to FILE_TEXT_CHARS), for the example finder, which ranks without waiting for the disk. */
  private readonly known = new Map<string, string>();
  private learnt = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** The read under way, stopped by a hold or the close. */
  private current: AbortController | undefined;
  private holds = 0;
  private resume: { promise: Promise<void>; resolve: () => void } | undefined;
  private started: Promise<void> = Promise.resolve();
  private startTimer: ReturnType<typeof setTimeout> | undefined;

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
        for (;;) {
          await this.untilFree();
          if (this.closed) return '';
          const bytes = await readFile(this.fileFor(sha256));
          const attempt = new AbortController();
          this.current = attempt;
          const text = await this.extract(bytes, mediaType, attempt.signal).finally(() => (this.current = undefined));
          // The folder may be closed (and removed) while a file was being read.
          if (this.closed) return text;
          // Stopped part-way for a pack: read it whole once the pack is made.
          if (attempt.signal.aborted) continue;
          await makePrivateDir(this.dir);
          // Empty text is kept too, so a file with no words is not read again.
          await writeFileAtomic(this.cachePath(sha256), text);
          this.remember(sha256, text);
          return text;
        }
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

  /**
   * At start, without holding the open up: learns the texts kept from earlier runs and drops those
   * of files no longer cited; `readAfterMs` later, reads the files not read yet in the background.
   */
  start(portfolio: Portfolio, readAfterMs: number = START_READING_AFTER_MS): void {
    this.started = (async () => {
      const files = new Map(portfolio.evidence.flatMap((item) => (item.kind === 'file' ? [[item.file.sha256, item.file.mediaType] as const] : [])));
      const kept = new Set((await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)));
      for (const name of kept) {
        if (this.closed) return;
        if (!files.has(name)) await rm(this.cachePath(name), { force: true });
        else this.remember(name, (await this.cached(name)) ?? '');
      }
      if (this.closed) return;
      this.startTimer = setTimeout(() => {
        for (const [sha256, mediaType] of files) if (!kept.has(sha256)) this.queue(sha256, mediaType);
      }, readAfterMs);
      // A command line run ends when its work is done, not when this timer would fire.
      this.startTimer.unref?.();
    })().catch(() => undefined);
  }

  /** Resolves once the texts kept from earlier runs are known (the example finder ranks with them). */
  loaded(): Promise<void> {
    return this.started;
  }

  /**
   * Pauses reading until the returned release is called (a pack is being made): a read under way
   * is stopped and made again afterwards, and no other starts. Holds nest.
   */
  hold(): () => void {
    this.holds += 1;
    this.current?.abort();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      if (this.holds === 0) this.wake();
    };
  }

  private wake(): void {
    this.resume?.resolve();
    this.resume = undefined;
  }

  private async untilFree(): Promise<void> {
    while (this.holds > 0 && !this.closed) {
      if (!this.resume) {
        let resolve = () => {};
        const promise = new Promise<void>((r) => (resolve = r));
        this.resume = { promise, resolve };
      }
      await this.resume.promise;
    }
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
    clearTimeout(this.startTimer);
    this.current?.abort();
    this.wake();
    await this.started;
    await this.chain;
  }
}
