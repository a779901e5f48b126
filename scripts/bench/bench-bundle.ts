import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { firstScreenBundleSize, gzipSize } from './bundle-size';
import type { Figure } from './figures';

export const FIRST_SCREEN_GZIP_BYTES = 350 * 1024;

/** React and React DOM alone, production builds gzipped: the floor for any React first screen. */
async function bareReactGzip(): Promise<number> {
  const require = createRequire(import.meta.url);
  // The packages' exports hide their cjs/ folders, so go from each package.json.
  const files = ['react/cjs/react.production.js', 'react-dom/cjs/react-dom-client.production.js', 'react-dom/cjs/react-dom.production.js', 'scheduler/cjs/scheduler.production.js'];
  let total = 0;
  for (const file of files) {
    const [name, ...rest] = file.split('/');
    const dir = path.dirname(require.resolve(`${name}/package.json`));
    total += gzipSize(await readFile(path.join(dir, ...rest)));
  }
  return total;
}

export async function benchBundle(rendererDir: string): Promise<{ figures: Figure[]; details: object }> {
  const size = await firstScreenBundleSize(rendererDir);
  return {
    figures: [
      {
        id: 'bundle.first-screen',
        name: `First screen JavaScript, gzipped (${size.files.length} files)`,
        unit: 'bytes',
        value: size.gzipBytes,
        baseline: { name: 'React + React DOM alone', value: await bareReactGzip() },
        budget: { kind: 'absolute', max: FIRST_SCREEN_GZIP_BYTES },
      },
    ],
    details: size,
  };
}
