import type { Command } from 'commander';
import type { Backend } from '../../backend';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export interface CliContext {
  io: CliIo;
  /** Opens the portfolio named by --data-dir (or its default), runs, and closes it again. */
  withBackend(run: (backend: Backend) => Promise<void>): Promise<void>;
  /** Sets the exit code without throwing: 1 for a refused input or a failed check. */
  setExitCode(code: number): void;
}

/** Each command file registers itself on the program. */
export type CliCommand = (program: Command, context: CliContext) => void;
