// qpdf for the tests, from its WebAssembly build: no installed qpdf needed. Each call runs
// qpdf-wasm-cli.mjs in a child Node process, so the answer comes back at once (the build itself
// only starts asynchronously) and every run starts from a fresh qpdf.
//
// Measured against an installed qpdf 11.3 on the 41 PDFs the tests gave it and on 328 damaged copies of
// them (cut short, bad startxref, wrong /Length, flipped bytes): the same verdict and the same
// JSON on sound files (qpdf 12 writes a reference to a missing object as null). On damaged files
// this build is stricter: it does not repair, so it fails (status 2) where the installed qpdf
// repairs with warnings (status 3), and it counts corrupt JPEG data as an error. It never passed
// a file the installed qpdf faulted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('./qpdf-wasm-cli.mjs', import.meta.url));

export interface QpdfRun {
  /** qpdf's exit status: 0 clean, 2 errors, 3 warnings only. */
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs qpdf with these arguments (file paths absolute, or relative to the working folder). */
export function runQpdf(args: readonly string[]): QpdfRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status === null) throw new Error(`qpdf (WebAssembly) was stopped by ${run.signal}: ${run.stderr}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Like execFileSync('qpdf', args): its output, or an error carrying qpdf's message on any other status than 0 (warnings too). */
export function qpdf(args: readonly string[]): string {
  const run = runQpdf(args);
  if (run.status !== 0) throw new Error(`qpdf ${args.join(' ')} failed (${run.status}): ${run.stderr.trim()}`);
  return run.stdout;
}

/** Runs qpdf over bytes in a private temporary folder: `args` gets the input and output paths. */
export function throughQpdf(input: Uint8Array, args: (inFile: string, outFile: string) => string[]): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'techfolio-qpdf-'));
  try {
    const inFile = path.join(dir, 'in.pdf');
    const outFile = path.join(dir, 'out.pdf');
    writeFileSync(inFile, input);
    qpdf(args(inFile, outFile));
    return new Uint8Array(readFileSync(outFile));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
