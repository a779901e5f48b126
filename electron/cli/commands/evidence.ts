import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/errors';
import type { CliCommand } from './cli-command';

/** The files a list of paths names: a folder stands for every file directly inside it, in name order. */
async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(given, { withFileTypes: true });
      for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) files.push(path.join(given, entry.name));
    } else {
      files.push(given);
    }
  }
  return files;
}

export const evidenceCommand: CliCommand = (program, { io, withBackend, setExitCode }) => {
  const evidence = program.command('evidence').description('the evidence files kept with the portfolio');
  evidence
    .command('add')
    .description('add files to the evidence vault (a folder adds every file in it)')
    .argument('<paths...>', 'files or folders')
    .option('--title <title>', 'the title to give the evidence (default: each file\'s name; given, it applies to every file)')
    .action((paths: string[], options: { title?: string }) =>
      withBackend(async (backend) => {
        let refusedAny = false;
        for (const file of await expandPaths(paths)) {
          try {
            const { outcome, item, notice } = await backend.evidence.addFromPath(file, { title: options.title });
            const line = outcome === 'added' ? `added: ${file} as "${item.title}"` : `duplicate: ${file} is already kept as "${item.title}"`;
            io.out(`${line}${notice ? ` (${notice})` : ''}\n`);
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
            refusedAny = true;
            io.out(`refused: ${file}: ${error.message}\n`);
          }
        }
        if (refusedAny) setExitCode(1);
      }),
    );
};
