// Loaded before every test file (vitest.config.ts setupFiles). The tests need only npm's packages
// and a browser, so none may run the PDF tools a machine might happen to have: qpdf and poppler's
// programs. Any attempt to start one throws at once and fails the test even if the error was
// swallowed. Check PDFs with tests/support/qpdf.ts (qpdf's WebAssembly build) and
// tests/support/pdf-reader.ts (pdf.js) instead.
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect } from 'vitest';

/** qpdf, and the programs of poppler-utils. */
export const GUARDED_PROGRAMS = new Set([
  'qpdf',
  'fix-qdf',
  'zlib-flate',
  'pdfattach',
  'pdfdetach',
  'pdffonts',
  'pdfimages',
  'pdfinfo',
  'pdfseparate',
  'pdfsig',
  'pdftocairo',
  'pdftohtml',
  'pdftoppm',
  'pdftops',
  'pdftotext',
  'pdfunite',
]);

/** The message a blocked attempt throws; tests of the guard look for it. */
export const BLOCKED_TOOL_PREFIX = 'Installed PDF tools are not used in tests';

const STATE = Symbol.for('techfolio.pdf-tools-guard');
type GuardedGlobal = typeof globalThis & { [STATE]?: { blocked: string[] } };
const state = ((globalThis as GuardedGlobal)[STATE] ??= { blocked: [] });

/** Attempts the guard refused since the last call; a test that expects one takes it, so afterEach passes. */
export function takeBlockedTools(): string[] {
  return state.blocked.splice(0);
}

/** The program a command names: its file name without folder or .exe, lower case. */
export function programOf(command: string): string {
  // win32's basename splits at both slashes, so Windows paths are named right on any machine.
  return path.win32.basename(command.trim().replace(/^["']|["']$/g, '')).replace(/\.exe$/i, '').toLowerCase();
}

function check(command: unknown, shell: boolean): void {
  if (typeof command !== 'string') return;
  // A shell command line: look at the program it starts (the first word).
  const program = programOf(shell ? (/^\s*("[^"]*"|'[^']*'|\S+)/.exec(command)?.[1] ?? '') : command);
  if (!GUARDED_PROGRAMS.has(program)) return;
  state.blocked.push(program);
  throw new Error(`${BLOCKED_TOOL_PREFIX}: ${program}. Use qpdf's WebAssembly build (tests/support/qpdf.ts) or pdf.js (tests/support/pdf-reader.ts), so the tests need nothing installed.`);
}

const usesShell = (options: unknown) => typeof options === 'object' && options !== null && Boolean((options as { shell?: unknown }).shell);
const optionsOf = (args: unknown[]) => args.find((a) => typeof a === 'object' && a !== null && !Array.isArray(a));

type Mutable = Record<string, (...args: unknown[]) => unknown>;
const cp = childProcess as unknown as Mutable;
/**
 * Wraps one function, keeping its promisified form: execFile and exec carry a custom
 * util.promisify that resolves to { stdout, stderr }, which a plain wrapper would lose.
 */
function guard(name: string, isShell: (args: unknown[]) => boolean): void {
  const original = cp[name]! as Mutable[string] & { [promisify.custom]?: (...args: unknown[]) => Promise<unknown> };
  const guarded = function guarded(this: unknown, ...args: unknown[]) {
    check(args[0], isShell(args));
    return original.apply(this, args);
  } as Mutable[string] & { [promisify.custom]?: (...args: unknown[]) => Promise<unknown> };
  const custom = original[promisify.custom];
  if (custom) {
    guarded[promisify.custom] = function guardedPromise(this: unknown, ...args: unknown[]) {
      check(args[0], isShell(args));
      return custom.apply(this, args);
    };
  }
  cp[name] = guarded;
}
for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync']) guard(name, (args) => usesShell(optionsOf(args.slice(1))));
for (const name of ['exec', 'execSync']) guard(name, () => true);
// `import { execFileSync } from 'node:child_process'` sees the guarded functions too.
syncBuiltinESMExports();

afterEach(() => {
  expect(takeBlockedTools(), 'the test tried to run an installed PDF tool').toEqual([]);
});
