import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason, writeStamp } from '../../../scripts/build-stamp.mjs';
import { makeTempDir } from '../../support/temp-dir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('techfolio-stamp-');
  for (const dir of ['core', 'electron/web', 'renderer', 'assets', 'dist']) mkdirSync(path.join(temp.dir, dir), { recursive: true });
  writeFileSync(path.join(temp.dir, 'core', 'a.ts'), 'export {};');
  writeFileSync(path.join(temp.dir, 'electron', 'web', 'host.ts'), 'export {};');
  writeFileSync(path.join(temp.dir, 'package.json'), '{}');
});
afterEach(() => temp.remove());

/** Sets a file's modification time `seconds` from now. */
const touch = (file: string, seconds: number) => {
  const when = new Date(Date.now() + seconds * 1000);
  utimesSync(path.join(temp.dir, file), when, when);
};
/** Every source file and folder (a folder changes when a file is added or removed) last changed two minutes ago. */
const sourcesOld = () => {
  for (const file of ['core', 'core/a.ts', 'electron', 'electron/web', 'electron/web/host.ts', 'renderer', 'assets', 'package.json']) touch(file, -120);
};
const stampAgo = (seconds: number, withRenderer = true) => {
  writeStamp(temp.dir, withRenderer);
  touch('dist/build-stamp.json', -seconds);
};

describe('the build stamp that lets npm run start:web skip an unneeded build', () => {
  it('asks for a build when dist/ has no finished build', () => {
    expect(staleReason(temp.dir)).toBe('dist/ has no finished build');
  });

  it('is up to date when nothing changed since the last build', () => {
    sourcesOld();
    stampAgo(60);
    expect(staleReason(temp.dir)).toBeUndefined();
  });

  it('asks for a build when a source anywhere under the app folders is newer than the stamp', () => {
    sourcesOld();
    stampAgo(60);
    touch('electron/web/host.ts', -10);
    expect(staleReason(temp.dir)).toBe('electron changed since the last build');
    touch('electron/web/host.ts', -120);
    writeFileSync(path.join(temp.dir, 'renderer', 'new-screen.tsx'), 'export {};');
    expect(staleReason(temp.dir)).toBe('renderer changed since the last build');
  });

  it('asks for a build with the renderer after a build without it', () => {
    sourcesOld();
    stampAgo(60, false);
    expect(staleReason(temp.dir)).toBe('dist/ was built without the renderer');
    expect(staleReason(temp.dir, { withRenderer: false })).toBeUndefined();
  });
});
