// qpdf's command line, run from its WebAssembly build (@neslinesli93/qpdf-wasm) so that the tests
// need no installed qpdf: `node qpdf-wasm-cli.mjs <qpdf arguments>` prints what qpdf prints and
// exits with qpdf's status. The build only starts asynchronously, so tests that want an answer at
// once run this file as a child process (see qpdf.ts).
//
// qpdf sees the host's files through a NODEFS mount of the current drive's root at /host; every
// absolute argument is rewritten to it (a path on another Windows drive is not reachable).
import createQpdf from '@neslinesli93/qpdf-wasm';
import { createRequire } from 'node:module';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import process from 'node:process';

const require = createRequire(import.meta.url);
const hostRoot = path.parse(process.cwd()).root;

/** A host path as qpdf sees it inside the mount. */
function inMount(hostPath) {
  return `/host/${path.relative(hostRoot, hostPath).split(path.sep).join('/')}`;
}

const out = [];
const err = [];
const qpdf = await createQpdf({
  locateFile: () => require.resolve('@neslinesli93/qpdf-wasm/dist/qpdf.wasm'),
  thisProgram: 'qpdf',
  noInitialRun: true,
  // qpdf's standard streams go to byte sinks, not console.log line by line: output stays byte-exact.
  preRun: [(module) => module.FS.init(null, (byte) => byte !== null && out.push(byte), (byte) => byte !== null && err.push(byte))],
});
qpdf.FS.mkdir('/host');
qpdf.FS.mount(qpdf.NODEFS, { root: hostRoot }, '/host');
qpdf.FS.chdir(inMount(process.cwd()));

const args = process.argv.slice(2).map((arg) => (path.isAbsolute(arg) ? inMount(arg) : arg));
const status = qpdf.callMain(args);
// The build may not flush a last line without a newline until the streams are closed.
qpdf.FS.quit?.();
// Messages name files as the host knows them, and the program as qpdf.
const hostPrefix = hostRoot.split(path.sep).join('/');
const stdout = Buffer.from(out);
// (--check names its file on its first line; other output, JSON and PDFs, stays byte for byte.)
process.stdout.write(stdout.subarray(0, 15).toString('latin1') === 'checking /host/' ? stdout.toString('utf8').replace('checking /host/', `checking ${hostPrefix}`) : stdout);
process.stderr.write(Buffer.from(err).toString('utf8').replaceAll('/host/', hostPrefix).replaceAll('this.program', 'qpdf'));
process.exitCode = status;
