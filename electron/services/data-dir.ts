import path from 'node:path';

export const APP_NAME = 'Techfolio';

export interface DataDirSources {
  /** The value of `--data-dir`, if given. */
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
}

/**
 * Electron's `appData` folder, computed the way Electron does, so the CLI and browser mode find
 * the same portfolio as the desktop app without loading Electron.
 */
export function appDataDir({ env, platform, homedir }: Omit<DataDirSources, 'flag'>): string {
  if (platform === 'win32') return env.APPDATA ?? path.win32.join(homedir, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.posix.join(homedir, '.config');
}

/** The portfolio folder: `--data-dir`, else TECHFOLIO_DATA_DIR, else Electron's userData. */
export function resolveDataDir(sources: DataDirSources): string {
  const chosen = sources.flag ?? sources.env.TECHFOLIO_DATA_DIR;
  if (chosen !== undefined && chosen.trim() !== '') return path.resolve(chosen);
  const join = sources.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataDir(sources), APP_NAME);
}

/** Reads `--data-dir DIR` or `--data-dir=DIR` from an argv list, as both the shell and the host accept it. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}
