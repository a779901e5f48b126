import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cliOptions } from '../../../scripts/bundle-options.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const ENTRY = 'dist/cli.mjs';
/** Code that only some commands need; none of it may load before a command's action runs. */
const HEAVY = ['@cantoo/pdf-lib', '@cantoo/fontkit', 'pdfjs-dist', 'read-excel-file', 'docx', 'tesseract.js', 'zod', 'ics', 'sharp', '@napi-rs/canvas'];

/** The inputs and run-time packages of the chunks the entry loads by static imports alone. */
function staticallyLoaded(meta: Metafile): { inputs: string[]; external: string[] } {
  const seen = new Set<string>();
  const external: string[] = [];
  const todo = [ENTRY];
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

describe('the CLI bundle', () => {
  it('starts (for --version, --help and every command definition) without PDF, image, spreadsheet or schema code', async () => {
    const { metafile } = await build({ ...cliOptions(root, '0.0.0'), write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
    const { inputs, external } = staticallyLoaded(metafile);
    const loaded = new Set([...inputs.map(packageOf), ...external]);
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
    // The commands still reach all of it through their lazy chunks, so the check above means something.
    const everything = new Set(Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs).map(packageOf)));
    expect(['@cantoo/pdf-lib', 'read-excel-file', 'zod'].filter((name) => !everything.has(name))).toEqual([]);
  }, 120_000);
});
