// Run as a child process by the lock tests: opens the portfolio in argv[2] (assets from argv[3]),
// prints "ready", and closes it on SIGTERM the way the loopback host does.
import { openBackend } from '../../electron/backend';

const [dataDir, assetsDir] = process.argv.slice(2);
if (!dataDir || !assetsDir) throw new Error('usage: lock-holder DATA_DIR ASSETS_DIR');
const backend = await openBackend({ dataDir, assetsDir, transport: 'web', version: '0.0.0-test' });
process.on('SIGTERM', () => {
  void backend.close().then(() => process.exit(0));
});
setInterval(() => {}, 60_000);
process.stdout.write('ready\n');
