// `node scripts/require-node.mjs 22.12 "building installers"`: stops with one line when this Node is
// older than the given version. Building installers needs Node 22.12+ (electron-builder's
// @electron/rebuild and node-abi, and Electron's downloader, say so in their engines); running and
// testing the app does not.
import { fileURLToPath } from 'node:url';

/** Whether `current` (such as "v20.20.2" or "20.20.2") is older than `wanted` ("22.12" or "22.12.0"). */
export function olderThan(current, wanted) {
  const parts = (version) => version.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  const [a, b] = [parts(current), parts(wanted)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [wanted = '22.12', purpose = 'this'] = process.argv.slice(2);
  if (olderThan(process.version, wanted)) {
    console.error(`Node ${wanted} or newer is needed for ${purpose}; this is Node ${process.version.slice(1)} (Node 20.19+ is enough to run and test Techfolio).`);
    process.exit(1);
  }
}
