// The benchmark: how fast and how lean Techfolio is, each figure against a baseline measured in
// the same run. `npm run bench` (full) or `npm run bench -- --quick` (a smaller run, under a
// minute). Options: --profile (CPU profiles of the pack runs, summarised), --only=pack,layout,
// save,examples,browser,bundle,cli. Writes bench-output/results.json.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBrowser } from './bench-browser';
import { benchBundle } from './bench-bundle';
import { benchCli } from './bench-cli';
import { benchExamples } from './bench-examples';
import { benchLayout } from './bench-layout';
import { benchPack } from './bench-pack';
import { benchSave } from './bench-save';
import { verdictOf, type Figure } from './figures';
import { generatePortfolio, openBenchBackend } from './generate-portfolio';
import { evidencePdfs, phonePhotos } from './inputs';
import { describeMachine, machineLine } from './machine';
import { summariseProfiles } from './profile-summary';
import { formatMarkdownTable, formatTable } from './table';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SEED = 20261123;
const PARTS = ['pack', 'layout', 'save', 'examples', 'browser', 'bundle', 'cli'] as const;
type Part = (typeof PARTS)[number];

const SIZES = {
  full: { cpd: 2000, training: 200, pdfs: 150, pdfPages: 1500, photos: 150, packRuns: 4, layoutPages: 300, layoutRuns: 5, saves: 200, exampleRecords: 5000, exampleRounds: 10, browserRecords: 5000, browserHugeRecords: 20000, browserRuns: 5, cliRuns: 7 },
  quick: { cpd: 300, training: 30, pdfs: 20, pdfPages: 200, photos: 20, packRuns: 3, layoutPages: 60, layoutRuns: 2, saves: 40, exampleRecords: 5000, exampleRounds: 2, browserRecords: 5000, browserHugeRecords: 20000, browserRuns: 2, cliRuns: 3 },
};

/** A mistake in the command line: the message says what to type instead, no stack needed. */
class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { quick: boolean; profile: boolean; only: Set<Part> } {
  let quick = false;
  let profile = false;
  let only = new Set<Part>(PARTS);
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg === '--profile') profile = true;
    else if (arg.startsWith('--only=')) {
      const wanted = arg.slice('--only='.length).split(',');
      const unknown = wanted.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (unknown.length > 0) throw new UsageError(`Unknown part ${unknown.join(', ')}: choose from ${PARTS.join(', ')}.`);
      only = new Set(wanted as Part[]);
    } else throw new UsageError(`Unknown option ${arg}. Use --quick, --profile or --only=${PARTS.join(',')}.`);
  }
  return { quick, profile, only };
}

function commandExists(name: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, name)));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const size = args.quick ? SIZES.quick : SIZES.full;
  const outDir = path.join(root, 'bench-output');
  const rendererDir = path.join(root, 'dist', 'renderer');
  if ((args.only.has('browser') || args.only.has('bundle')) && (!existsSync(path.join(root, 'dist', 'host.mjs')) || !existsSync(path.join(rendererDir, 'index.html')))) {
    process.stderr.write('bench: dist/host.mjs or dist/renderer/index.html is missing: run npm run build first.\n');
    return 2;
  }
  if (args.only.has('pack') && !commandExists('qpdf')) {
    process.stderr.write('bench: qpdf is missing (the pack baseline): install it with apt-get install qpdf.\n');
    return 2;
  }
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent';
  await mkdir(outDir, { recursive: true });
  const work = await mkdtemp(path.join(os.tmpdir(), 'techfolio-bench-'));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const machine = describeMachine();
  const started = Date.now();
  // Other work on the machine skews every figure (baselines too, but not always equally): say how busy it was.
  const loadAtStart = os.loadavg()[0] ?? 0;
  log(`Techfolio benchmark (${args.quick ? 'quick' : 'full'}) on ${machineLine(machine)}; load average ${loadAtStart.toFixed(1)}`);

  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  try {
    const portfolioDir = path.join(work, 'portfolio');
    const pdfOnlyDir = path.join(work, 'portfolio-pdfs-only');
    if (args.only.has('pack') || args.only.has('save')) {
      const t = performance.now();
      const inputs = path.join(outDir, 'inputs');
      const pdfs = await evidencePdfs(inputs, { count: size.pdfs, pages: size.pdfPages, seed: SEED });
      const photos = await phonePhotos(inputs, { count: size.photos, seed: SEED });
      const backend = await openBenchBackend(portfolioDir);
      try {
        await generatePortfolio(backend, { cpd: size.cpd, training: size.training, pdfs, photos }, SEED);
      } finally {
        await backend.close();
      }
      // The photo-free pack is a diagnosis (where the time goes), left out of the quick run.
      if (args.only.has('pack') && !args.quick) {
        const pdfOnly = await openBenchBackend(pdfOnlyDir);
        try {
          await generatePortfolio(pdfOnly, { cpd: size.cpd, training: size.training, pdfs, photos: [] }, SEED);
        } finally {
          await pdfOnly.close();
        }
      }
      log(`Generated: ${size.cpd} CPD records, ${size.training} training records, ${size.pdfs} PDFs (${size.pdfPages} pages), ${size.photos} photos 4032×3024, 15 statements (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    }
    if (args.only.has('pack')) {
      log('Pack...');
      const profileDir = args.profile ? path.join(outDir, 'profiles', new Date().toISOString().replace(/[:.]/g, '-')) : undefined;
      if (profileDir) await mkdir(profileDir, { recursive: true });
      const pack = await benchPack({ dataDir: portfolioDir, pdfOnlyDataDir: args.quick ? undefined : pdfOnlyDir, outDir: work, runs: size.packRuns, profileDir, log });
      figures.push(...pack.figures);
      details.pack = pack.details;
      if (profileDir) {
        const profiles = await summariseProfiles(profileDir);
        details.profiles = profiles;
        for (const p of profiles.slice(0, 1)) {
          log(`  busiest thread ${p.file}: ${(p.totalMs / 1000).toFixed(1)} s sampled, ${(p.busyMs / 1000).toFixed(1)} s not idle; top functions by self time:`);
          for (const f of p.hot.slice(0, 12)) log(`    ${f.selfMs.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
        }
      }
    }
    if (args.only.has('layout')) {
      log('Text layout...');
      const layout = await benchLayout({ assetsDir: path.join(root, 'assets'), pages: size.layoutPages, runs: size.layoutRuns, seed: SEED, log });
      figures.push(...layout.figures);
      details.layout = layout.details;
    }
    if (args.only.has('save')) {
      log('Saving...');
      const save = await benchSave({ dataDir: portfolioDir, saves: size.saves, seed: SEED, log });
      figures.push(...save.figures);
      details.save = save.details;
    }
    if (args.only.has('examples')) {
      log('Example finder...');
      const examples = await benchExamples({ bigDir: path.join(work, 'examples-big'), smallDir: path.join(work, 'examples-small'), records: size.exampleRecords, rounds: size.exampleRounds, seed: SEED, log });
      figures.push(...examples.figures);
      details.examples = examples.details;
    }
    if (args.only.has('browser')) {
      log('Browser mode...');
      const browser = await benchBrowser({ bigDir: path.join(work, 'log-big'), hugeDir: path.join(work, 'log-huge'), smallDir: path.join(work, 'log-small'), records: size.browserRecords, hugeRecords: size.browserHugeRecords, runs: size.browserRuns, quick: args.quick, log });
      figures.push(...browser.figures);
      details.browser = browser.details;
    }
    if (args.only.has('cli')) {
      log('Command line...');
      const cli = await benchCli({ cli: path.join(root, 'dist', 'cli.mjs'), dataDir: path.join(work, 'cli-portfolio'), outDir: work, cpd: size.cpd, training: size.training, runs: size.cliRuns, seed: SEED, log });
      figures.push(...cli.figures);
      details.cli = cli.details;
    }
    if (args.only.has('bundle')) {
      const bundle = await benchBundle(rendererDir);
      figures.push(...bundle.figures);
      details.bundle = bundle.details;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const failed = figures.filter((f) => verdictOf(f).pass === false);
  log('');
  log(formatTable(figures));
  log('');
  log(failed.length === 0 ? 'Every budget met.' : `${failed.length} budget${failed.length === 1 ? '' : 's'} not met: ${failed.map((f) => f.id).join(', ')}.`);
  const results = {
    date: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    seconds: Math.round((Date.now() - started) / 1000),
    machine,
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    sizes: size,
    figures: figures.map((f) => ({ ...f, ...verdictOf(f) })),
    markdown: formatMarkdownTable(figures),
    details,
  };
  await writeFile(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`Written to bench-output/results.json (${results.seconds} s).`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const text = error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`bench: ${text}\n`);
    process.exitCode = 2;
  },
);
