import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts the pack worker. Bundled (dist/*.mjs), it is dist/pack-worker.mjs beside the bundle that
 * loads this code; from sources (tests, tsx), it is pack-worker.ts beside this file, loaded
 * through tsx's ESM hooks, which a worker must register for itself.
 */
export type StartWorker = () => Worker;

export const startPackWorker: StartWorker = () => {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(unpackedPath(fileURLToPath(new URL('./pack-worker.mjs', here))));
  const entry = new URL('./pack-worker.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsxEsmApi(here))}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
};

/**
 * In the packaged app the bundles live in app.asar, but a worker thread's entry is read by Node's
 * own loader, which cannot see inside it; electron-builder unpacks the worker beside the archive.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** tsx's ESM API module, found through its package exports (only a development dependency). */
function tsxEsmApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const target = pkg.exports['./esm/api']?.import.default;
  if (!target) throw new Error('tsx has no ESM API to load the pack worker from sources.');
  return pathToFileURL(path.join(path.dirname(manifest), target)).href;
}
