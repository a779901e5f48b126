import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Figure } from './figures';
import { generatePortfolio, openBenchBackend } from './generate-portfolio';
import { runProcess } from './run-process';
import { median } from './stats';

/** How much slower than a bare Node start each CLI start may be (README, Performance). */
export const CLI_BUDGETS = { version: 2, help: 2, list: 4, summaryOverMs: 1000 } as const;

interface CliBenchOptions {
  /** The built CLI (dist/cli.mjs). */
  cli: string;
  /** A fresh folder for the bench's portfolio. */
  dataDir: string;
  outDir: string;
  cpd: number;
  training: number;
  runs: number;
  seed: number;
  log: (line: string) => void;
}

/**
 * The `techfolio` command from a cold process, each start against `node -e 0` timed in the same
 * round, so load on the machine falls on both. --version and --help load no command; `list`
 * opens the portfolio (one evidence item added first through the CLI); `summary` also writes a PDF.
 */
export async function benchCli(options: CliBenchOptions): Promise<{ figures: Figure[]; details: object }> {
  if (!existsSync(options.cli)) throw new Error(`${options.cli} is missing: run npm run build first.`);
  const backend = await openBenchBackend(options.dataDir);
  try {
    await generatePortfolio(backend, { cpd: options.cpd, training: options.training, pdfs: [], photos: [] }, options.seed);
  } finally {
    await backend.close();
  }
  const node = process.execPath;
  const env = { ...process.env, TECHFOLIO_DATA_DIR: options.dataDir };
  const runs = { bare: [] as number[], version: [] as number[], help: [] as number[], list: [] as number[], summary: [] as number[] };
  const cli = (args: string[]) => runProcess(node, [options.cli, ...args], { env });
  // Last saved by the CLI being timed, as a user's portfolio is by the app they run: a store
  // written by another build (the generator runs from sources) is checked in full at every open.
  const evidenceNote = path.join(options.outDir, 'cli-note.txt');
  await writeFile(evidenceNote, 'A note kept as evidence.\n');
  await cli(['evidence', 'add', evidenceNote]);
  for (let i = 0; i < options.runs; i++) {
    runs.bare.push((await runProcess(node, ['-e', '0'])).ms);
    runs.version.push((await cli(['--version'])).ms);
    runs.help.push((await cli(['--help'])).ms);
    runs.list.push((await cli(['list'])).ms);
    const out = path.join(options.outDir, `summary-${i}.pdf`);
    runs.summary.push((await cli(['summary', '--from', '2025-11-24', '--to', '2026-11-23', '--out', out])).ms);
  }
  const bare = { name: 'node -e 0', value: median(runs.bare) };
  const note = `median of ${options.runs} cold starts`;
  options.log(`  node -e 0 ${bare.value.toFixed(0)} ms; --version ${median(runs.version).toFixed(0)} ms; list ${median(runs.list).toFixed(0)} ms (${options.cpd} records)`);
  const figure = (id: keyof typeof runs, name: string, budget: Figure['budget']): Figure => ({ id: `cli.${id}`, name, unit: 'ms', value: median(runs[id]), baseline: bare, budget, note });
  return {
    figures: [
      figure('version', 'CLI: techfolio --version', { kind: 'ratio', max: CLI_BUDGETS.version }),
      figure('help', 'CLI: techfolio --help', { kind: 'ratio', max: CLI_BUDGETS.help }),
      figure('list', `CLI: techfolio list (${options.cpd.toLocaleString('en-GB')} records)`, { kind: 'ratio', max: CLI_BUDGETS.list }),
      figure('summary', 'CLI: techfolio summary (a year\'s CPD PDF)', { kind: 'over', max: CLI_BUDGETS.summaryOverMs }),
    ],
    details: runs,
  };
}
