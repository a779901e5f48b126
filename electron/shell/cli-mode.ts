import type { CliIo } from '../cli/commands/cli-command';

/**
 * `Techfolio --cli <args>`: the installed app answers as the `techfolio` command, for users with
 * no source checkout. Returns the arguments after `--cli`, or undefined for a normal start.
 * Whatever comes before it (the executable, or Electron and the app folder in development) is not
 * the CLI's.
 */
export function cliModeArgs(argv: readonly string[]): string[] | undefined {
  const at = argv.indexOf('--cli');
  return at < 0 ? undefined : argv.slice(at + 1);
}

/** The parts of Electron's app the command line touches. */
export interface CliModeApp {
  exit(code: number): void;
  /** macOS: no Dock icon for a command that opens no window. */
  dock?: { hide(): void } | undefined;
}

export interface CliModeDeps {
  run(args: string[], io: CliIo): Promise<number>;
  io: CliIo;
  platform: NodeJS.Platform;
  /** What the portfolio folder's new files may be (process.umask); private to the owner, as the CLI's own start makes them. */
  umask(mask: number): void;
}

/** Runs the command, before any window exists, and ends the app with its exit code. */
export async function runCliMode(app: CliModeApp, args: string[], deps: CliModeDeps): Promise<number> {
  app.dock?.hide();
  if (deps.platform !== 'win32') deps.umask(0o077);
  let code: number;
  try {
    code = await deps.run(args, deps.io);
  } catch (error) {
    deps.io.err(`techfolio: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 1;
  }
  app.exit(code);
  return code;
}
