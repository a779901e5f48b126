// Builds every bundle without the Electron binary: main, preload, loopback host and CLI with
// esbuild; the renderer with Vite. `--no-renderer` skips Vite for quick backend-only builds;
// `--if-stale` builds only when a source is newer than the last finished build (build-stamp.mjs).
import { build as esbuild } from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason, writeStamp } from './build-stamp.mjs';
import { cliOptions, commonOptions, esmRequireBanner, packWorkerOptions } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const withRenderer = !process.argv.includes('--no-renderer');
// `npm install` (prepare) and npx's first run only need dist/ to exist; they must never rebuild
// (and so delete) it under a running app or test suite. `npm run build` always rebuilds.
if (process.argv.includes('--if-missing') && existsSync(path.join(root, 'dist'))) {
  console.log('dist/ is already built (run "npm run build" to rebuild it).');
  process.exit(0);
}
// A start builds only when the sources are newer than dist/'s build stamp: seconds saved each time.
if (process.argv.includes('--if-stale')) {
  const reason = staleReason(root, { withRenderer });
  if (reason === undefined) {
    console.log('dist/ is up to date with the sources (run "npm run build" to rebuild it anyway).');
    process.exit(0);
  }
  console.log(`building: ${reason}`);
}

const common = commonOptions(root, pkg.version);

const node = (entry, outfile, extra = {}) =>
  esbuild({ ...common, format: 'esm', banner: { js: esmRequireBanner }, entryPoints: [entry], outfile, ...extra });

await rm(path.join(root, 'dist'), { recursive: true, force: true });
await Promise.all([
  node('electron/main.ts', 'dist/main.mjs'),
  // A sandboxed preload must be a single CommonJS file.
  esbuild({ ...common, format: 'cjs', entryPoints: ['electron/preload.ts'], outfile: 'dist/preload.cjs' }),
  node('electron/web/host-main.ts', 'dist/host.mjs'),
  // Packs are made off the main thread; each bundle above finds this file beside itself.
  esbuild(packWorkerOptions(root, pkg.version)),
  esbuild(cliOptions(root, pkg.version)),
]);

// pdf.js's data, read at run time by the worker when it draws evidence pages it cannot copy
// (electron/pack/render-pdf-pages.ts): standard fonts, character maps, image decoders.
await Promise.all(
  ['standard_fonts', 'cmaps', 'wasm'].map((name) => cp(path.join(root, 'node_modules', 'pdfjs-dist', name), path.join(root, 'dist', 'pdfjs', name), { recursive: true })),
);

if (withRenderer) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
writeStamp(root, withRenderer);
console.log(`built dist/ (${withRenderer ? 'with' : 'without'} renderer)`);
