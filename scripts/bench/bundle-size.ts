import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';

export interface BundleFile {
  /** Path relative to the renderer folder, as the page names it. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSize {
  files: BundleFile[];
  gzipBytes: number;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/**
 * The scripts a page loads before it can show anything: module scripts with a src, and
 * modulepreload links (Vite lists every static dependency of the entry this way). Inline scripts
 * and stylesheets are not JavaScript files, and lazy chunks load later.
 */
export function firstScreenScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) found.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (href && rel.includes('modulepreload')) found.push(href);
  }
  return [...new Set(found)];
}

/**
 * Relative modules a script imports statically (`import x from "./a.js"`, `export * from "./b.js"`,
 * `import "./c.js"`), so a missing modulepreload tag cannot hide a file the page must load.
 * Dynamic `import("./d.js")` is left out: it loads when a later screen asks for it.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) found.add(match[1]!);
  return [...found];
}

/** Gzip at level 9, as a server or installer compressing for size would. */
export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;

/**
 * The first screen's JavaScript in a built renderer folder: everything index.html loads as a
 * script or preloads as a module, plus what those import statically, each gzipped.
 */
export async function firstScreenBundleSize(rendererDir: string): Promise<BundleSize> {
  const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const queue = firstScreenScripts(html)
    .filter((src) => !/^[a-z]+:/i.test(src))
    .map((src) => path.posix.normalize(src.replace(/^\//, '')));
  const seen = new Set<string>();
  const files: BundleFile[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = await readFile(path.join(rendererDir, file)).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`index.html names ${file}, which is not in ${rendererDir} (${error.code}). Run npm run build again.`);
    });
    files.push({ file, bytes: bytes.length, gzipBytes: gzipSize(bytes) });
    for (const spec of staticImports(bytes.toString('utf8'))) queue.push(path.posix.join(path.posix.dirname(file), spec));
  }
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
