import path from 'node:path';
import type { TechfolioApiImpl } from '../../core/api/contract';
import type { SampleState } from '../../core/api/methods/sample';

/** The folder, inside the user's data folder, that holds the sample portfolio and nothing of theirs. */
export const sampleDataDir = (dataDir: string) => path.join(dataDir, 'sample-portfolio');

/** A portfolio folder opened by the backend: its API and how to close it (releasing its lock). */
export interface OpenFolder {
  impl: TechfolioApiImpl;
  close(): Promise<void>;
}

/**
 * Which portfolio the backend answers from: the user's own folder, opened at start and kept open
 * (and locked) throughout, or the sample folder, opened (and filled, the first time) on request
 * and closed on the way back. The two never share a store, an evidence vault or backups, so
 * nothing done in the sample can reach the user's portfolio.
 */
export class SampleSwitch {
  private sample: OpenFolder | null = null;
  /** One switch at a time: a second request waits for the first and then sees its result. */
  private switching: Promise<unknown> = Promise.resolve();

  constructor(private readonly openSample: () => Promise<OpenFolder>) {}

  state(): SampleState {
    return { exploring: this.sample !== null };
  }

  /** The sample's folder while it is explored, else null (the caller answers from the user's own). */
  current(): OpenFolder | null {
    return this.sample;
  }

  explore(): Promise<SampleState> {
    return this.serial(async () => {
      this.sample ??= await this.openSample();
      return this.state();
    });
  }

  leave(): Promise<SampleState> {
    return this.serial(async () => {
      const open = this.sample;
      this.sample = null;
      await open?.close();
      return this.state();
    });
  }

  /** Closes the sample's folder, if open, when the backend closes. */
  close(): Promise<SampleState> {
    return this.leave();
  }

  private serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.switching.then(step, step);
    this.switching = next.catch(() => undefined);
    return next;
  }
}

/**
 * The API the transports are given: every call goes to whichever portfolio is open when it is
 * made. The method names are the user's own folder's, which has every method of the contract.
 */
export function switchingImpl(own: TechfolioApiImpl, sample: SampleSwitch): TechfolioApiImpl {
  const impl: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of Object.keys(own) as (keyof TechfolioApiImpl)[]) {
    impl[method] = (...args: unknown[]) => {
      const target = (sample.current()?.impl ?? own)[method] as (...a: unknown[]) => Promise<unknown>;
      return target(...args);
    };
  }
  return impl as unknown as TechfolioApiImpl;
}
