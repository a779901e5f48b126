// dist/'s build stamp, so a start can skip a build when nothing it is built from has changed since.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What dist/ is built from: the app's sources and assets, and the files that say how to build them. */
export const BUILD_SOURCES = ['core', 'electron', 'renderer', 'assets', 'package.json', 'package-lock.json', 'vite.config.ts', 'scripts/build.mjs'];

const stampFile = (root) => path.join(root, 'dist', 'build-stamp.json');

/** Written last by a build that finished: when, and whether the renderer was built too. */
export function writeStamp(root, withRenderer) {
  writeFileSync(stampFile(root), `${JSON.stringify({ builtAt: new Date().toISOString(), withRenderer })}\n`);
}

/** The newest modification time under a file or folder (0 if it does not exist). */
function newestMtime(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/**
 * Why dist/ must be built again, or undefined when it is up to date: no stamp (never built, or a
 * build that stopped part-way), built without the renderer when it is wanted, or a source newer
 * than the stamp.
 */
export function staleReason(root, { withRenderer = true, sources = BUILD_SOURCES } = {}) {
  const file = stampFile(root);
  if (!existsSync(file)) return 'dist/ has no finished build';
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return 'dist/ has an unreadable build stamp';
  }
  if (withRenderer && !stamp.withRenderer) return 'dist/ was built without the renderer';
  const builtAt = statSync(file).mtimeMs;
  const changed = sources.find((source) => newestMtime(path.join(root, source)) > builtAt);
  return changed === undefined ? undefined : `${changed} changed since the last build`;
}
