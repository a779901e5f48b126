import { randomUUID } from 'node:crypto';
import { Portfolio } from '../../core/model/portfolio';

/** The part of conf / electron-store this service uses; both classes fit it. */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  set(object: Record<string, unknown>): void;
  readonly path: string;
}

export type StoreFactory = (options: { cwd: string; name: string }) => KeyValueStore;

/**
 * The whole portfolio, held in one JSON store in the data folder. Every change is a read, a pure
 * transformation and one atomic write, so a returned result is on disk.
 */
export class PortfolioStore {
  constructor(
    private readonly store: KeyValueStore,
    readonly now: () => Date = () => new Date(),
    readonly newId: () => string = randomUUID,
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
    const { next, result } = change(this.read());
    this.store.set(Portfolio.parse(next));
    return result;
  }

  /** Timestamps for a new record. */
  stamp(): { id: string; createdAt: string; updatedAt: string } {
    const at = this.now().toISOString();
    return { id: this.newId(), createdAt: at, updatedAt: at };
  }
}
