// Run as a child process by the crash-safety test: opens the portfolio in argv[2] (assets from argv[3]) and adds CPD
// records for ever, printing "ack <id>" only after each write has returned.
import { openBackend } from '../../electron/backend';

const [dataDir, assetsDir] = process.argv.slice(2);
if (!dataDir || !assetsDir) throw new Error('usage: crash-writer DATA_DIR ASSETS_DIR');
const backend = await openBackend({ dataDir, assetsDir, transport: 'cli', version: '0.0.0-test' });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const record = await backend.api.addCpd({ title: `Crash test record ${process.pid}-${i}`, startDate: '2025-01-01', hours: 1 });
  // Pipes are written synchronously on POSIX: once this returns, the parent can read the line.
  process.stdout.write(`ack ${record.id}\n`);
}
