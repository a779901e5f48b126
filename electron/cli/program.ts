import os from 'node:os';
import { Command, CommanderError } from 'commander';
import type { Backend } from '../backend';
import { resolveDataDir } from '../services/data-dir';
import type { CliIo } from './commands/cli-command';
import { commands } from './commands';
import { startupNotice } from '../../core/storage/startup-notice';
import { visibleText } from '../../core/format/visible-text';
import { UserError } from './user-error';

export type { CliIo } from './commands/cli-command';

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/**
 * The `techfolio` command. It returns an exit code instead of exiting, so tests run it in-process.
 */
export async function runCli(argv: string[], given: CliIo): Promise<number> {
  // Paths and file names come from disk and from other people: every control and bidirectional
  // character in what is printed is shown as its escape, so a name cannot rewrite the terminal
  // or read backwards. Line feeds and tabs, which the output's own layout uses, are kept.
  const io: CliIo = {
    ...given,
    out: (text) => given.out(visibleText(text, { keepLineBreaks: true })),
    err: (text) => given.err(visibleText(text, { keepLineBreaks: true })),
  };
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('techfolio')
    .description('Your CPD portfolio from the command line. Uses the same portfolio folder as the desktop app.')
    .version(__APP_VERSION__, '-v, --version')
    .option('--data-dir <dir>', 'the portfolio folder (default: TECHFOLIO_DATA_DIR, else the desktop app\'s folder)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run techfolio --help for usage)');

  const withBackend = async (run: (backend: Backend) => Promise<void>): Promise<void> => {
    const opts = program.opts<{ dataDir?: string }>();
    const dataDir = resolveDataDir({ flag: opts.dataDir, env: io.env, platform: process.platform, homedir: os.homedir() });
    // The backend, and with it the PDF, image and spreadsheet code, loads only when a command runs:
    // --help and --version answer without it.
    const { openBackend } = await import('../backend');
    const backend = await openBackend({ dataDir, transport: 'cli', version: __APP_VERSION__ });
    // A repair or upgrade at open is reported once, on stderr, so scripts reading stdout are unaffected.
    const notice = startupNotice(backend.startupCheck);
    if (notice) io.err(`techfolio: ${notice.message}\n`);
    try {
      await run(backend);
    } finally {
      await backend.close();
    }
  };

  const context = { io, withBackend, setExitCode: (code: number) => (exitCode = code) };
  for (const register of commands) register(program, context);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    // The contract's errors (and zod with them) load only when something has gone wrong.
    const { ApiError } = await import('../../core/api/errors');
    if (error instanceof CommanderError) {
      // --help and --version arrive here as "errors" with exit code 0.
      exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (error instanceof UserError || error instanceof ApiError) {
      io.err(`techfolio: ${error.message}\n`);
      exitCode = EXIT.refused;
    } else {
      io.err(`techfolio: ${(error as Error).message ?? String(error)}\n`);
      exitCode = EXIT.refused;
    }
  }
  return exitCode;
}
