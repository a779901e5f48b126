import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import { Portfolio, PORTFOLIO_SCHEMA_VERSION } from '../../core/model/portfolio';
import { SCHEMA_VERSION_KEY } from './migrations';
import { LOCKED_MESSAGE } from './portfolio-lock';

/** The part of conf / electron-store this service uses; both classes fit it. */
export interface KeyValueStore {
  /** Reading parses the file; assigning replaces the whole file in one atomic write. */
  store: Record<string, unknown>;
  readonly path: string;
}

export type StoreFactory = (options: { cwd: string; name: string }) => KeyValueStore;

/**
 * The whole portfolio, held in one JSON store in the data folder. Every change is a read, a pure
 * transformation and one atomic write, so a returned result is on disk. The file carries its
 * format version (see ./migrations); backend.ts migrates and checks it before this class opens it.
 */
export class PortfolioStore {
  /** The portfolio as last read or written here: written back if portfolio.json vanishes or is spoilt while the app runs. */
  private lastKnown: Portfolio | undefined;

  constructor(
    private readonly store: KeyValueStore,
    readonly now: () => Date = () => new Date(),
    readonly newId: () => string = randomUUID,
    /** False once this process no longer holds the folder's lock; writes are then refused. */
    private readonly holdsLock: () => boolean = () => true,
  ) {}

  get path(): string {
    return this.store.path;
  }

  /** A validated snapshot of everything stored. */
  read(): Portfolio {
    let data: Record<string, unknown>;
    try {
      data = this.store.store;
    } catch (error) {
      return this.recover(`it is no longer valid JSON (${(error as Error).message})`, true);
    }
    // A store Techfolio wrote always holds at least its format version: empty means the file was deleted.
    if (this.lastKnown && Object.keys(data).length === 0) return this.recover('it was deleted', false);
    const parsed = Portfolio.safeParse(data);
    if (!parsed.success) {
      if (this.lastKnown) return this.recover('it no longer fits the portfolio format', true);
      throw parsed.error;
    }
    this.lastKnown = parsed.data;
    return parsed.data;
  }

  /**
   * portfolio.json was deleted or spoilt by something other than Techfolio while it ran: the spoilt
   * file is moved aside (never deleted), the portfolio as last saved here is written back, and the
   * user is told. Nothing acknowledged is lost.
   */
  private recover(problem: string, moveAside: boolean): never {
    const last = this.lastKnown;
    const dir = path.dirname(this.store.path);
    if (!last) {
      throw new ApiError({ code: 'refused', message: `portfolio.json in ${dir} cannot be read: ${problem}. Close and reopen Techfolio: it restores the newest backup.` });
    }
    let movedTo = '';
    if (moveAside) {
      const damaged = path.join(dir, 'damaged');
      mkdirSync(damaged, { recursive: true });
      movedTo = path.join(damaged, `portfolio-${this.now().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.json`);
      renameSync(this.store.path, movedTo);
    }
    this.store.store = { [SCHEMA_VERSION_KEY]: PORTFOLIO_SCHEMA_VERSION, ...last };
    throw new ApiError({
      code: 'refused',
      message: `portfolio.json in ${dir} was changed outside Techfolio (${problem}). Your portfolio as Techfolio last saved it has been written back${movedTo ? `, and the changed file was moved to ${movedTo}` : ''}. Nothing you saved has been lost; try again.`,
    });
  }

  /** Applies a change to a snapshot and writes the result; returns what the change returned. */
  update<T>(change: (current: Portfolio) => { next: Portfolio; result: T }): T {
    if (!this.holdsLock()) throw new ApiError({ code: 'locked', message: LOCKED_MESSAGE });
    const { next, result } = change(this.read());
    const parsed = Portfolio.parse(next);
    this.store.store = { [SCHEMA_VERSION_KEY]: PORTFOLIO_SCHEMA_VERSION, ...parsed };
    this.lastKnown = parsed;
    return result;
  }

  /** Timestamps for a new record. */
  stamp(): { id: string; createdAt: string; updatedAt: string } {
    const at = this.now().toISOString();
    return { id: this.newId(), createdAt: at, updatedAt: at };
  }
}
