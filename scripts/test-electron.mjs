// `npm run test:electron`: the real desktop app's tests (tests/electron), where Electron is
// installed. Elsewhere it says so in one line and exits 1: nothing here can stand in for Electron.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Electron's program, or undefined. The electron package answers with its path, downloading the
 * program first where it can (as `npm start` does); asked in a child process so its download
 * chatter stays out of this one line.
 */
export function findElectron(env = process.env) {
  const asked = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, env, encoding: 'utf8' });
  const program = asked.status === 0 ? asked.stdout.trim() : '';
  return program && existsSync(program) ? program : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const electron = findElectron();
  if (!electron) {
    console.error('test:electron: Electron is not installed here (no Electron program could be found or downloaded), so the desktop app cannot be tested on this machine.');
    process.exit(1);
  }
  if (!existsSync(path.join(root, 'dist', 'main.mjs')) || !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    console.error('test:electron: the app is not built: run npm run build first.');
    process.exit(1);
  }
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.electron.config.ts', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TECHFOLIO_ELECTRON: electron },
  });
  process.exit(run.status ?? 1);
}
