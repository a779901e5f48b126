import { resolveDataDir, type DataDirSources } from '../services/data-dir';

/**
 * The folder to set as Electron's userData when the user chose one with `--data-dir` or
 * TECHFOLIO_DATA_DIR; undefined when they did not, so Electron's own default stays (resolveDataDir
 * computes that same default for the CLI and browser mode). Same precedence as resolveDataDir.
 */
export function userDataOverride(sources: DataDirSources): string | undefined {
  const chosen = sources.flag ?? sources.env.TECHFOLIO_DATA_DIR;
  if (chosen === undefined || chosen.trim() === '') return undefined;
  return resolveDataDir(sources);
}
