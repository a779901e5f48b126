// esbuild options shared by the build and by the test that checks what the CLI loads at start.
import { RUN_TIME_PACKAGES } from './run-time-packages.mjs';

// ESM bundles of CommonJS dependencies still call require() for Node built-ins.
export const esmRequireBanner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const commonOptions = (root, version) => ({
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Native or Electron-provided at run time; everything else is bundled.
  external: RUN_TIME_PACKAGES,
});

/**
 * The CLI is split: dist/cli.mjs holds the commands' definitions, and each command's action loads
 * its own chunks (dist/cli-chunk-*.mjs). They sit beside the other bundles, so the paths the
 * backend finds from its own address (../assets, the pack worker, pdf.js data) still hold, and
 * --help, --version and `list` never load PDF, image or spreadsheet code.
 */
export const cliOptions = (root, version) => ({
  ...commonOptions(root, version),
  format: 'esm',
  banner: { js: `#!/usr/bin/env node\n${esmRequireBanner}` },
  entryPoints: { cli: 'electron/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'cli-chunk-[hash]',
  outExtension: { '.js': '.mjs' },
});

/**
 * The pack worker is split the same way: dist/pack-worker.mjs answers messages, and each kind of
 * PDF loads its chunks (dist/pack-chunk-*.mjs) when first asked, so a CPD summary does not parse
 * pdf.js (3.7 MB), which only a pack with uncopyable evidence pages draws with.
 */
export const packWorkerOptions = (root, version) => ({
  ...commonOptions(root, version),
  format: 'esm',
  banner: { js: esmRequireBanner },
  entryPoints: { 'pack-worker': 'electron/pack/pack-worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'pack-chunk-[hash]',
  outExtension: { '.js': '.mjs' },
});
