// npm start: the desktop app, `electron .`, with a plain explanation when Electron cannot be
// downloaded or started, and the way to the same app without it: npm run start:web.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Says what went wrong and what works instead, then exits 1. */
function explain(what) {
  process.stderr.write(
    `\nTechfolio's desktop window could not start: ${what}\n` +
      'The same app runs in your browser without Electron: npm run start:web\n' +
      '(It serves Techfolio on this computer only and opens it in your browser.)\n',
  );
  process.exit(1);
}

let electron;
try {
  // The electron package answers with its program's path, fetching the program first if it has to.
  electron = createRequire(import.meta.url)('electron');
} catch (error) {
  explain(`Electron is not installed and could not be downloaded (${error instanceof Error ? error.message : String(error)}).`);
}

const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit', windowsHide: false });
child.on('error', (error) => {
  explain(error.code === 'ENOENT' ? `there is no Electron program at ${electron} (its download may have failed).` : `Electron did not start (${error.message}).`);
});
// Ctrl+C here stops Electron too, and is no failure to explain.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  if (code === 0 || stopping) process.exit(code ?? 0);
  explain(signal ? `Electron was stopped by ${signal}.` : `Electron exited with status ${code}.`);
});
