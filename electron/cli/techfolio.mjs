#!/usr/bin/env node
// The `techfolio` command: a launcher for the bundled CLI, which `npm install` builds (prepare).
import { existsSync } from 'node:fs';

const bundle = new URL('../../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('techfolio: the command is not built yet. Run "npm run build" in the Techfolio folder, then try again.');
  process.exit(1);
}
await import(bundle.href);
