import { randomUUID } from 'node:crypto';
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
    return Portfolio.parse(this.store.store);
  }

  /** Applies a change to a snapshot and writes the result; returns what the change returned. */
  update<T>(change: (current: Portfolio) => { next: Portfolio; result: T }): T {
    if (!this.holdsLock()) throw new ApiError({ code: 'locked', message: LOCKED_MESSAGE });
    const { next, result } = change(this.read());
    this.store.store = { [SCHEMA_VERSION_KEY]: PORTFOLIO_SCHEMA_VERSION, ...Portfolio.parse(next) };
    return result;
  }

  /** Timestamps for a new record. */
  stamp(): { id: string; createdAt: string; updatedAt: string } {
    const at = this.now().toISOString();
    return { id: this.newId(), createdAt: at, updatedAt: at };
  }
}
