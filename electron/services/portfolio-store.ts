import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import { deepFreeze } from '../../core/model/deep-freeze';
import { emptyPortfolio, Portfolio } from '../../core/model/portfolio';
import { validateChange } from '../../core/model/portfolio-change';
import { writeFileAtomicSync } from './atomic-write';
import { LOCKED_MESSAGE } from './portfolio-lock';
import { PortfolioJson } from './portfolio-json';
import { journalPathFor, StoreJournal } from './store-journal';
import { PRIVATE_DIR_MODE } from './private-files';
import { sha256Of, type ValidatedMark, writeValidatedMark } from './validated-mark';

/** How the store writes its file: atomically, whole or not at all. A seam for fault tests. */
export type WriteStoreFile = (target: string, chunks: readonly Uint8Array[]) => void;

export interface PortfolioStoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** False once this process no longer holds the folder's lock; writes are then refused. */
  holdsLock?: () => boolean;
  writeFile?: WriteStoreFile;
  /** Where the second copy of every save goes (./store-journal.ts); beside the store by default. */
  journalPath?: string;
  /** Where markValidated() records that the bytes written were checked (./validated-mark.ts). */
  validatedMark?: ValidatedMark;
}

/** Which version of the file a snapshot came from: a rename or an edit changes one of these. */
export interface FileIdentity {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

const sameFile = (a: FileIdentity, b: FileIdentity) => a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/** The identity of the file at this path now, or undefined when there is none. */
export function fileIdentity(filePath: string): FileIdentity | undefined {
  const stats = statSync(filePath, { bigint: true, throwIfNoEntry: false });
  return stats && { ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs };
}

/**
 * The whole portfolio, held in portfolio.json in the data folder. Every change is a read, a pure
 * transformation and one atomic write, so a returned result is on disk. The file carries its
 * format version (see ./migrations); backend.ts migrates and checks it before this class opens it.
 *
 * Saving is quick however big the portfolio grows: the validated snapshot is kept (frozen) for as
 * long as the file is the one this store last read or wrote, a change is validated record by
 * record (core/model/portfolio-change.ts), and only changed records are serialised again.
 */
export class PortfolioStore {
  readonly now: () => Date;
  readonly newId: () => string;
  private readonly holdsLock: () => boolean;
  private readonly writeFile: WriteStoreFile;
  private readonly json = new PortfolioJson();
  private readonly journal: StoreJournal;
  private readonly validatedMark: ValidatedMark | undefined;
  /** The portfolio as last read or written here: written back if portfolio.json vanishes or is spoilt while the app runs. */
  private lastKnown: Portfolio | undefined;
  /** The file lastKnown is the content of; when the file on disk differs, it is read again. */
  private lastFile: FileIdentity | undefined;
  /** The bytes last written here, while no mark says they were checked. */
  private unmarked: readonly Uint8Array[] | undefined;

  constructor(
    readonly path: string,
    options: PortfolioStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.holdsLock = options.holdsLock ?? (() => true);
    this.writeFile = options.writeFile ?? writeFileAtomicSync;
    this.validatedMark = options.validatedMark;
    this.journal = new StoreJournal(options.journalPath ?? journalPathFor(this.path), this.json, this.now);
  }

  /** A validated snapshot of everything stored. It is frozen: change it through update(). */
  read(): Portfolio {
    const file = this.identity();
    if (!file) {
      // Never written yet: a new data folder (backend.ts creates the file when it opens one).
      return this.lastKnown ? this.recover('it was deleted', false) : deepFreeze(emptyPortfolio());
    }
    if (this.lastKnown && this.lastFile && sameFile(file, this.lastFile)) return this.lastKnown;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.read();
      return this.recover(`it is no longer valid JSON (${(error as Error).message})`, true);
    }
    const parsed = Portfolio.safeParse(data);
    if (!parsed.success) {
      if (this.lastKnown) return this.recover('it no longer fits the portfolio format', true);
      throw parsed.error;
    }
    this.remember(deepFreeze(parsed.data), file);
    return parsed.data;
  }

  /**
   * Takes a portfolio already validated from this store's file (by the startup check) as the
   * snapshot, when the file is still the one it was read from, so a big portfolio is not parsed a
   * second time at open. Anything else leaves the store to read the file itself.
   */
  adopt(portfolio: Portfolio, readFrom: FileIdentity | undefined): void {
    const file = this.identity();
    if (!this.lastKnown && readFrom && file && sameFile(file, readFrom)) this.remember(deepFreeze(portfolio), file);
  }

  /** Applies a change to a snapshot and writes the result; returns what the change returned. */
  update<T>(change: (current: Portfolio) => { next: Portfolio; result: T }): T {
    if (!this.holdsLock()) throw new ApiError({ code: 'locked', message: LOCKED_MESSAGE });
    const current = this.read();
    const { next, result } = change(current);
    this.write(validateChange(current, next), current);
    return result;
  }

  /** Timestamps for a new record. */
  stamp(): { id: string; createdAt: string; updatedAt: string } {
    const at = this.now().toISOString();
    return { id: this.newId(), createdAt: at, updatedAt: at };
  }

  /**
   * portfolio.json first, then its journal: the journal never holds a change the store refused. A
   * change the journal could not take is in portfolio.json, and the user is told so.
   */
  private write(portfolio: Portfolio, previous?: Portfolio): void {
    const chunks = this.json.chunks(portfolio);
    this.writeFile(this.path, chunks);
    this.remember(portfolio, this.identity());
    this.unmarked = chunks;
    try {
      this.journal.record(previous, portfolio);
    } catch (error) {
      throw new ApiError({
        code: 'refused',
        message: `Your change was saved in portfolio.json, but its second copy (${path.basename(this.journal.path)}) could not be written: ${(error as Error).message}. Free some disk space; the copy is written again with your next change.`,
      });
    }
  }

  /**
   * Records that portfolio.json as this store last wrote it was checked (./validated-mark.ts), so
   * the next open need not check it again. Called when the folder is closed rather than at every
   * save, where hashing the whole file would slow each save; only while the file is still the one
   * written here, and only when something was written since the last call.
   */
  markValidated(): void {
    const written = this.unmarked;
    this.unmarked = undefined;
    if (!this.validatedMark || !written) return;
    try {
      const file = this.identity();
      if (file && this.lastFile && sameFile(file, this.lastFile)) writeValidatedMark(this.validatedMark, sha256Of(written));
    } catch {
      // The folder cannot be read now: without a mark the next open checks in full.
    }
  }

  private remember(portfolio: Portfolio, file: FileIdentity | undefined): void {
    this.lastKnown = portfolio;
    this.lastFile = file;
    // A file read here was not written here: only write() leaves bytes to be marked.
    this.unmarked = undefined;
  }

  private identity(): FileIdentity | undefined {
    return fileIdentity(this.path);
  }

  /**
   * portfolio.json was deleted or spoilt by something other than Techfolio while it ran: the spoilt
   * file is moved aside (never deleted), the portfolio as last saved here is written back, and the
   * user is told. Nothing acknowledged is lost.
   */
  private recover(problem: string, moveAside: boolean): never {
    const last = this.lastKnown;
    const dir = path.dirname(this.path);
    if (!last) {
      throw new ApiError({ code: 'refused', message: `portfolio.json in ${dir} cannot be read: ${problem}. Close and reopen Techfolio: it restores the newest backup.` });
    }
    let movedTo = '';
    if (moveAside) {
      const damaged = path.join(dir, 'damaged');
      mkdirSync(damaged, { recursive: true, mode: PRIVATE_DIR_MODE });
      movedTo = path.join(damaged, `portfolio-${this.now().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.json`);
      renameSync(this.path, movedTo);
    }
    this.write(last);
    throw new ApiError({
      code: 'refused',
      message: `portfolio.json in ${dir} was changed outside Techfolio (${problem}). Your portfolio as Techfolio last saved it has been written back${movedTo ? `, and the changed file was moved to ${movedTo}` : ''}. Nothing you saved has been lost; try again.`,
    });
  }
}
