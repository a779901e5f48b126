import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliOptions, packWorkerOptions } from '../../../scripts/bundle-options.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const ENTRY = 'dist/cli.mjs';
/** Code that only some commands need; none of it may load before a command's action runs. */
const HEAVY = ['@cantoo/pdf-lib', '@cantoo/fontkit', 'pdfjs-dist', 'read-excel-file', 'docx', 'tesseract.js', 'zod', 'ics', 'sharp', '@napi-rs/canvas'];
/**
 * Code that opening a portfolio does not need: what a command reads or writes beyond the records
 * (PDFs, Word and spreadsheet files, archives, photos, QR codes, OCR) loads on its first use.
 */
const NOT_AT_OPEN = [...HEAVY.filter((name) => name !== 'zod'), 'jsqr', 'yauzl', 'yazl', 'file-type', 'brotli'];

/** The inputs and run-time packages of the chunks these outputs load by static imports alone. */
function staticallyLoaded(meta: Metafile, starts: string[]): { inputs: string[]; external: string[] } {
  const seen = new Set<string>();
  const external: string[] = [];
  const todo = [...starts];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of meta.outputs[file]!.imports) {
      if (imported.kind !== 'import-statement' && imported.kind !== 'require-call') continue;
      if (imported.external) external.push(imported.path);
      else todo.push(imported.path);
    }
  }
  return { inputs: [...seen].flatMap((file) => Object.keys(meta.outputs[file]!.inputs)), external };
}

const packageOf = (input: string) => {
  const rest = input.split('node_modules/').at(-1)!;
  return input.includes('node_modules/') ? rest.split('/').slice(0, rest.startsWith('@') ? 2 : 1).join('/') : undefined;
};

const packagesLoaded = (meta: Metafile, starts: string[]): Set<string | undefined> => {
  const { inputs, external } = staticallyLoaded(meta, starts);
  return new Set([...inputs.map(packageOf), ...external]);
};

/** The chunk a dynamic import of this source file loads. */
const chunkOf = (meta: Metafile, source: string): string => {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === source);
  if (!found) throw new Error(`${source} is not loaded through a dynamic import of its own`);
  return found[0];
};

describe('the CLI bundle', () => {
  let metafile: Metafile;
  beforeAll(async () => {
    ({ metafile } = await build({ ...cliOptions(root, '0.0.0'), write: false, metafile: true, sourcemap: false, logLevel: 'silent' }));
  }, 120_000);

  it('starts (for --version, --help and every command definition) without PDF, image, spreadsheet or schema code', () => {
    const loaded = packagesLoaded(metafile, [ENTRY]);
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
    // The commands still reach all of it through their lazy chunks, so the check above means something.
    const everything = new Set(Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs).map(packageOf)));
    expect(['@cantoo/pdf-lib', 'read-excel-file', 'zod'].filter((name) => !everything.has(name))).toEqual([]);
  });

  it('opens the portfolio (for `list` and every command) without PDF, Word, spreadsheet, archive, image or OCR code', () => {
    // `list` is defined in the entry and loads the backend when it runs; the backend's domains and
    // writers load the rest on first use.
    const loaded = packagesLoaded(metafile, [ENTRY, chunkOf(metafile, 'electron/backend.ts')]);
    expect(NOT_AT_OPEN.filter((name) => loaded.has(name))).toEqual([]);
    // The contract's schemas are needed to answer a call, and they are there.
    expect(loaded.has('zod')).toBe(true);
    // The commands that make files still reach each of these through lazy chunks.
    const everything = new Set([
      ...Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs).map(packageOf)),
      ...Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)),
    ]);
    expect(NOT_AT_OPEN.filter((name) => !everything.has(name))).toEqual([]);
  });
});

describe('the pack worker bundle', () => {
  let metafile: Metafile;
  beforeAll(async () => {
    ({ metafile } = await build({ ...packWorkerOptions(root, '0.0.0'), write: false, metafile: true, sourcemap: false, logLevel: 'silent' }));
  }, 120_000);

  it('starts without PDF code, and a CPD summary loads no pdf.js, image or evidence code', () => {
    const atStart = packagesLoaded(metafile, ['dist/pack-worker.mjs']);
    expect(['@cantoo/pdf-lib', 'pdfjs-dist', 'sharp', '@napi-rs/canvas'].filter((name) => atStart.has(name))).toEqual([]);
    const summary = packagesLoaded(metafile, ['dist/pack-worker.mjs', chunkOf(metafile, 'core/pack/summaries.ts')]);
    expect(summary.has('@cantoo/pdf-lib')).toBe(true);
    expect(['pdfjs-dist', 'sharp', '@napi-rs/canvas'].filter((name) => summary.has(name))).toEqual([]);
    // The pack still reaches pdf.js, for evidence pages it cannot copy.
    expect(Object.values(metafile.outputs).some((output) => Object.keys(output.inputs).some((input) => packageOf(input) === 'pdfjs-dist'))).toBe(true);
  });
});
