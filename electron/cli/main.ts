import { runCli } from './program';

// Whatever this process creates in the portfolio folder is readable by its owner alone (see
// electron/services/private-files.ts); explicit modes cover the store's own writes, this the rest.
if (process.platform !== 'win32') process.umask(0o077);

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
