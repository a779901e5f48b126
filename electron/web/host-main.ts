// `npm run start:web`: the same UI and backend as the desktop app, in the default browser.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import open from 'open';
import { openBackend } from '../backend';
import { resolveDataDir } from '../services/data-dir';
import { findMadeFile } from '../services/made-files';
import { startHost } from './host';
import { openInBrowser } from './browser-launch';
import { startupNotice } from '../../core/storage/startup-notice';

const usage = `Usage: npm run start:web -- [--data-dir DIR] [--port N] [--no-open]

Serves Techfolio on 127.0.0.1 and opens it in your default browser.
  --data-dir DIR  the portfolio folder (default: TECHFOLIO_DATA_DIR, else the desktop app's folder)
  --port N        listen on this port (default: a free one)
  --no-open       print the address without opening a browser

The address carries a one-time launch code: the page that opens it first is let in.`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
// Whatever this process creates in the portfolio folder is readable by its owner alone (see
// electron/services/private-files.ts); explicit modes cover the store's own writes, this the rest.
if (process.platform !== 'win32') process.umask(0o077);

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);

const dataDir = resolveDataDir({ flag: values['data-dir'], env: process.env, platform: process.platform, homedir: os.homedir() });
const backend = await openBackend({ dataDir, transport: 'web', version: __APP_VERSION__ }).catch(
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
const rendererDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer');
const host = await startHost({
  impl: backend.impl,
  findMadeFile: (exportId) => findMadeFile(dataDir, exportId),
  rendererDir,
  port,
  // A fault inside the host is logged by its message: request data and stacks stay off the console.
  onInternalError: (error) => console.error(`Techfolio could not answer a request: ${error instanceof Error ? error.message : String(error)}`),
}).catch((error: unknown) => {
  console.error(`Could not start the host: ${(error as Error).message}`);
  process.exit(1);
});

console.log(`Techfolio is running at ${host.launchUrl}`);
console.log(`Portfolio folder: ${dataDir}`);
const notice = startupNotice(backend.startupCheck);
if (notice) console.log(notice.message);
console.log('Press Ctrl+C to stop.');
if (!values['no-open']) {
  void openInBrowser(host, open).then((opened) => opened || console.log('Could not open a browser; open the address above yourself.'));
}

async function shutdown(): Promise<void> {
  await host.close();
  await backend.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
