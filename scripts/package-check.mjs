// `npm run package:check`: packages the app for Linux as an unpacked folder, offline, and checks its
// layout: the bundles inside app.asar, sharp unpacked beside it, assets/ in resources/.
//
// Installers need the real Electron binary, which is downloaded from GitHub; this check does not.
// electron-builder is pointed (electronDist) at a stand-in Electron: a placeholder executable, a
// `version` file and an empty resources/ folder. Everything electron-builder does to the app itself
// (files, asar, asarUnpack, extraResources, the config's schema) runs for real. Fuses are left out:
// flipping them needs the real binary; electron-builder.yml and the release build keep them.
import { createRequire } from 'node:module';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const failures = [];
const fail = (message) => failures.push(message);

async function exists(file) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Every file under a folder, as forward-slash paths relative to it. */
async function listFiles(dir) {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Starts the packaged worker and asks it for a one-page profile of an empty portfolio. */
async function makeProfileWithWorker(workerFile, assetsDir, scratch) {
  // An empty portfolio exactly as Techfolio stores one: opened once by the built CLI.
  const dataDir = path.join(scratch, 'worker-check-data');
  const opened = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.mjs'), 'list', '--data-dir', dataDir], { encoding: 'utf8' });
  if (opened.status !== 0) return { ok: false, problem: `the CLI could not make a portfolio: ${opened.stderr}` };
  const { schemaVersion: _version, ...portfolio } = JSON.parse(await readFile(path.join(dataDir, 'portfolio.json'), 'utf8'));
  const fonts = { regular: await readFile(path.join(assetsDir, 'fonts', 'DejaVuSans.ttf')), bold: await readFile(path.join(assetsDir, 'fonts', 'DejaVuSans-Bold.ttf')) };
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(workerFile);
  try {
    return await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, problem: 'no answer within 60 s' }), 60_000);
      const answer = (value) => {
        clearTimeout(timer);
        resolve(value);
      };
      worker.on('error', (error) => answer({ ok: false, problem: error.message }));
      worker.on('message', (message) => {
        if (message.type === 'error') answer({ ok: false, problem: message.message });
        if (message.type === 'result') {
          const bytes = Buffer.from(message.bytes);
          answer(bytes.subarray(0, 5).toString() === '%PDF-' ? { ok: true, bytes: bytes.length } : { ok: false, problem: 'the answer is not a PDF' });
        }
      });
      worker.postMessage({ type: 'start', input: { kind: 'profile', portfolio, date: '2026-01-01', fonts } });
    });
  } finally {
    await worker.terminate();
  }
}

// 1. Bundles: build them if there are none. A partial dist/ is checked as it is, and fails below.
if (!(await exists(path.join(root, 'dist')))) {
  console.log('dist/ is missing: running npm run build');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('package-check: FAILED (npm run build failed)');
    process.exit(1);
  }
}

// 2. Config: electron-builder.yml as the release uses it, checked against electron-builder's schema
//    with its fuses; then packaged without them, on the stand-in Electron.
const yaml = createRequire(require.resolve('app-builder-lib'))('js-yaml');
const config = yaml.load(await readFile(path.join(root, 'electron-builder.yml'), 'utf8'));
try {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
  await validateConfiguration(structuredClone(config), { isEnabled: false, add() {} });
  console.log('electron-builder.yml: valid, fuses included');
} catch (error) {
  console.error(`FAIL electron-builder.yml does not fit electron-builder's schema:\n${error instanceof Error ? error.message : error}`);
  console.error('package-check: FAILED');
  process.exit(1);
}
if (!config.electronFuses) fail('electron-builder.yml sets no electronFuses');
delete config.electronFuses;
const electronVersion = JSON.parse(await readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

const temp = await mkdtemp(path.join(os.tmpdir(), 'techfolio-package-check-'));
const electronDist = path.join(temp, 'electron-dist');
const output = path.join(temp, 'release');
await mkdir(path.join(electronDist, 'resources'), { recursive: true });
await writeFile(path.join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n');
await chmod(path.join(electronDist, 'electron'), 0o755);
await writeFile(path.join(electronDist, 'version'), electronVersion);
const configFile = path.join(temp, 'electron-builder.json');
await writeFile(
  configFile,
  JSON.stringify({ ...config, electronDist, electronVersion, directories: { ...config.directories, output } }, null, 2),
);

try {
  // 3. Package.
  const { build, Platform, Arch, archFromString } = require('electron-builder');
  const arch = ['x64', 'arm64', 'ia32', 'armv7l'].includes(process.arch) ? archFromString(process.arch) : Arch.x64;
  const started = Date.now();
  await build({ projectDir: root, config: configFile, targets: Platform.LINUX.createTarget('dir', arch), publish: 'never' });
  console.log(`packaged for Linux (${Arch[arch]}, dir) in ${((Date.now() - started) / 1000).toFixed(1)} s, Electron ${electronVersion} stand-in`);

  // 4. Layout.
  const unpackedName = (await readdir(output)).find((name) => name.endsWith('-unpacked'));
  if (!unpackedName) throw new Error(`no *-unpacked folder in ${output}`);
  const appDir = path.join(output, unpackedName);
  const resources = path.join(appDir, 'resources');
  const asarFile = path.join(resources, 'app.asar');

  if (!(await exists(path.join(appDir, 'techfolio')))) fail(`the executable was not renamed to techfolio in ${unpackedName}/`);

  if (!(await exists(asarFile))) {
    fail('resources/app.asar is missing');
  } else {
    const asar = require('@electron/asar');
    const entries = new Set(asar.listPackage(asarFile, { isPack: false }).map((entry) => entry.split(path.sep).join('/').replace(/^\//, '')));
    for (const required of ['package.json', 'dist/main.mjs', 'dist/preload.cjs', 'dist/renderer/index.html']) {
      if (!entries.has(required)) fail(`app.asar lacks ${required}${required.startsWith('dist/') ? ' (run npm run build)' : ''}`);
    }
    const packagedManifest = JSON.parse(asar.extractFile(asarFile, 'package.json').toString('utf8'));
    if (packagedManifest.main !== 'dist/main.mjs') fail(`app.asar's package.json has main ${packagedManifest.main}, not dist/main.mjs`);
    const sources = [...entries].filter((entry) => /^(electron|core|renderer|tests|scripts)\//.test(entry) || entry.endsWith('.map'));
    if (sources.length > 0) fail(`app.asar holds sources or source maps: ${sources.slice(0, 5).join(', ')}${sources.length > 5 ? ', …' : ''}`);
    // Only what runs unbundled ("dependencies": sharp) ships as node_modules; the rest is inside the bundles.
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const bundled = Object.keys(manifest.devDependencies ?? {}).filter((name) => entries.has(`node_modules/${name}/package.json`));
    if (bundled.length > 0) fail(`app.asar ships packages the bundles already hold (devDependencies): ${bundled.join(', ')}`);
    const megabytes = ((await stat(asarFile)).size / 1e6).toFixed(1);
    console.log(`app.asar: ${entries.size} entries, ${megabytes} MB`);
  }

  if (!(await exists(path.join(resources, 'app.asar.unpacked', 'node_modules', 'sharp', 'package.json')))) {
    fail('sharp is not unpacked beside app.asar (asarUnpack)');
  }
  // Worker threads load their entry file with Node's own loader, which cannot read inside app.asar.
  if (!(await exists(path.join(resources, 'app.asar.unpacked', 'dist', 'pack-worker.mjs')))) {
    fail('dist/pack-worker.mjs is not unpacked beside app.asar (asarUnpack)');
  }
  // The chunks the worker loads per kind of PDF are loaded by the same loader, so they must be real files too.
  const chunks = (await readdir(path.join(root, 'dist'))).filter((name) => /^pack-chunk-.*\.mjs$/.test(name));
  const missing = [];
  for (const name of chunks) if (!(await exists(path.join(resources, 'app.asar.unpacked', 'dist', name)))) missing.push(name);
  if (missing.length > 0) fail(`the pack worker's chunks are not unpacked beside it (asarUnpack): ${missing.join(', ')}`);

  // The unpacked worker must start on its own and make a PDF, its sharp import found beside it in
  // app.asar.unpacked/node_modules. Run here in Node, whose module resolution Electron's matches.
  const workerFile = path.join(resources, 'app.asar.unpacked', 'dist', 'pack-worker.mjs');
  if (await exists(workerFile)) {
    const made = await makeProfileWithWorker(workerFile, path.join(resources, 'assets'), temp);
    if (made.ok) console.log(`unpacked pack worker: made a ${made.bytes}-byte profile PDF`);
    else fail(`the unpacked pack worker did not make a PDF: ${made.problem}`);
    // The canvas the worker draws uncopyable evidence pages on must load from where the worker
    // finds it, and pdf.js's fonts must sit beside the worker (electron/pack/render-pdf-pages.ts).
    try {
      const canvas = createRequire(workerFile)('@napi-rs/canvas');
      const jpeg = canvas.createCanvas(8, 8).toBuffer('image/jpeg');
      console.log(`unpacked @napi-rs/canvas: loads beside the worker, made a ${jpeg.length}-byte JPEG`);
    } catch (error) {
      fail(`@napi-rs/canvas does not load beside the unpacked worker (asarUnpack): ${error instanceof Error ? error.message : error}`);
    }
    if (!(await exists(path.join(resources, 'app.asar.unpacked', 'dist', 'pdfjs', 'standard_fonts', 'LiberationSans-Regular.ttf')))) {
      fail("pdf.js's standard fonts are not unpacked beside the worker (dist/pdfjs, asarUnpack)");
    }
  }

  const expectedAssets = await listFiles(path.join(root, 'assets'));
  const packagedAssets = await listFiles(path.join(resources, 'assets'));
  if (!(await exists(path.join(resources, 'assets')))) fail('resources/assets is missing (extraResources)');
  for (const file of expectedAssets) {
    if (!packagedAssets.includes(file)) {
      fail(`resources/assets lacks ${file}`);
      continue;
    }
    const [a, b] = await Promise.all([readFile(path.join(root, 'assets', file)), readFile(path.join(resources, 'assets', file))]);
    if (!a.equals(b)) fail(`resources/assets/${file} differs from assets/${file}`);
  }
  const extra = packagedAssets.filter((file) => !expectedAssets.includes(file));
  if (extra.length > 0) fail(`resources/assets holds files assets/ does not: ${extra.join(', ')}`);
  console.log(`resources/assets: ${packagedAssets.length} file(s), the same as assets/`);
} catch (error) {
  fail(`electron-builder failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await rm(temp, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const message of failures) console.error(`FAIL ${message}`);
  console.error('package-check: FAILED');
  process.exit(1);
}
console.log('package-check: passed');
