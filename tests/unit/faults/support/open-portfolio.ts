// Run as a separate process by the fault tests: opens the portfolio in argv[2] (assets from argv[3]),
// optionally adds a CPD record (argv[4] === 'add'), and prints one JSON line saying what happened.
import { ApiError } from '../../../../core/api/errors';
import { openBackend } from '../../../../electron/backend';

const [dataDir, assetsDir, action] = process.argv.slice(2);
if (!dataDir || !assetsDir) throw new Error('usage: open-portfolio DATA_DIR ASSETS_DIR [add]');
const say = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
try {
  const backend = await openBackend({ dataDir, assetsDir, transport: 'cli', version: '0.0.0-test' });
  try {
    const added = action === 'add' ? await backend.api.addCpd({ title: 'Added by another process', startDate: '2025-01-01', hours: 1 }) : null;
    say({ ok: true, cpd: (await backend.api.listCpd()).length, added: added?.id ?? null });
  } finally {
    await backend.close();
  }
} catch (error) {
  say({ ok: false, code: error instanceof ApiError ? error.code : ((error as NodeJS.ErrnoException).code ?? 'unknown'), apiError: error instanceof ApiError, message: (error as Error).message });
}
