import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstScreenBundleSize, firstScreenScripts, gzipSize, staticImports } from '../../../../scripts/bench/bundle-size';
import { makeTempDir } from '../../../support/temp-dir';

const INDEX = `<!doctype html>
<html><head>
  <script type="module" crossorigin src="./assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/react-def.js">
  <link rel="stylesheet" href="./assets/index-abc.css">
  <link rel="icon" href="./favicon.svg">
  <script>window.inline = true;</script>
</head><body><div id="root"></div></body></html>`;

describe('firstScreenScripts', () => {
  it('lists module scripts and modulepreload links, not stylesheets, icons or inline scripts', () => {
    expect(firstScreenScripts(INDEX)).toEqual(['./assets/index-abc.js', './assets/react-def.js']);
  });

  it('names a file once even when it is both a script and preloaded', () => {
    expect(firstScreenScripts(`<script type="module" src="a.js"></script><link href='a.js' rel='modulepreload'>`)).toEqual(['a.js']);
  });
});

describe('staticImports', () => {
  it('finds minified static imports and re-exports but not dynamic import()', () => {
    const code = 'import{a as b}from"./react-def.js";import"./side.js";export*from"../x.js";const l=()=>import("./Lazy-1.js");';
    expect(staticImports(code)).toEqual(['./react-def.js', './side.js', '../x.js']);
  });
});

describe('firstScreenBundleSize', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir('techfolio-bundle-');
  });
  afterEach(async () => {
    await temp.remove();
  });

  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(temp.dir, file)), { recursive: true });
    await writeFile(path.join(temp.dir, file), text);
  };

  it('sums the gzipped size of the entry, its preloads and what they import statically, each once', async () => {
    const entry = `import{r}from"./react-def.js";import"./shared-1.js";const d=()=>import("./Dashboard-2.js");${'let x=1;'.repeat(200)}`;
    const react = `import"./shared-1.js";${'function f(){return 42}'.repeat(300)}`;
    await write('index.html', INDEX);
    await write('assets/index-abc.js', entry);
    await write('assets/react-def.js', react);
    await write('assets/shared-1.js', 'export const s=1;');
    await write('assets/Dashboard-2.js', 'x'.repeat(100_000));
    await write('assets/index-abc.css', 'body{}'.repeat(10_000));

    const size = await firstScreenBundleSize(temp.dir);
    expect(size.files.map((f) => f.file)).toEqual(['assets/index-abc.js', 'assets/react-def.js', 'assets/shared-1.js']);
    expect(size.files.map((f) => f.bytes)).toEqual([entry.length, react.length, 'export const s=1;'.length]);
    expect(size.gzipBytes).toBe(gzipSize(Buffer.from(entry)) + gzipSize(Buffer.from(react)) + gzipSize(Buffer.from('export const s=1;')));
    // Repetitive code compresses: the gzipped total is far below the raw one.
    expect(size.gzipBytes).toBeLessThan((entry.length + react.length) / 5);
  });

  it('says to build again when index.html names a file that is not there', async () => {
    await write('index.html', INDEX);
    await write('assets/index-abc.js', 'export {};');
    await expect(firstScreenBundleSize(temp.dir)).rejects.toThrow(/assets\/react-def\.js.*Run npm run build again/);
  });
});

describe('gzipSize', () => {
  it('is the length of a gzip stream of the bytes at the best compression level', () => {
    const bytes = Buffer.from('techfolio '.repeat(1000));
    expect(gzipSize(bytes)).toBe(gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length);
    expect(gzipSize(bytes)).toBeLessThan(gzipSync(bytes, { level: 1 }).length + 1);
  });
});
