import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCycles, importGraph, projectFiles } from './import-graph';

describe('no import cycles in core/, electron/ and renderer/', () => {
  it('finds none', () => {
    const { options, files } = projectFiles('tsconfig.json', ['core', 'electron', 'renderer']);
    expect(files.length).toBeGreaterThan(100);
    const cycles = importCycles(importGraph(files, options)).map((group) => group.map((file) => path.relative(process.cwd(), file)));
    expect(cycles).toEqual([]);
  });
});

describe('the cycle finder', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'import-cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const { options } = projectFiles('tsconfig.json', []);

  it('finds a cycle through three files, one import being type-only', () => {
    const files = [
      write('program.ts', "import { run } from './command';\nexport const main = run;\n"),
      write('command.ts', "import type { Failure } from './failure';\nexport const run = (f: Failure) => f;\n"),
      write('failure.ts', "import { main } from './program';\nexport type Failure = typeof main;\n"),
      write('outside.ts', "import { main } from './program';\nexport const x = main;\n"),
    ];
    expect(importCycles(importGraph(files, options))).toEqual([[files[1], files[2], files[0]]]);
  });

  it('finds a file importing itself, and a cycle closed by a lazy import', () => {
    const files = [
      write('self.ts', "export const a = 1;\nexport const b = () => import('./self');\n"),
      write('routes.tsx', "export const screen = () => import('./screen');\n"),
      write('screen.tsx', "import { screen } from './routes';\nexport const s = screen;\n"),
    ];
    expect(importCycles(importGraph(files, options))).toEqual([[files[1], files[2]], [files[0]]]);
  });

  it('finds none when imports point one way', () => {
    const files = [write('user-error.ts', 'export class UserError extends Error {}\n'), write('cmd.ts', "import { UserError } from './user-error';\nexport const e = UserError;\n")];
    expect(importCycles(importGraph(files, options))).toEqual([]);
  });
});
