import type { CliCommand } from './cli-command';

/** `techfolio suggest`: the criteria each CPD record most likely shows, with scores and reasons. */
export const suggestCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('suggest')
    .description('suggest the criteria of a framework each CPD record most likely shows')
    .requiredOption('--framework <id>', 'the framework id, such as sc-rscitech (see `techfolio frameworks`)')
    .option('--record <id>', 'only this CPD record (ids: `techfolio list --json`)')
    .option('--json', 'print JSON instead of text')
    .action((options: { framework: string; record?: string; json?: boolean }) =>
      withBackend(async ({ api }) => {
        const records = options.record !== undefined ? [await api.getCpd(options.record)] : await api.listCpd();
        const rows = [];
        for (const r of records) {
          const [found] = await api.suggestCriteria({ recordId: r.id, kind: 'cpd', title: r.title, description: r.description, reflection: Object.values(r.reflection.answers), outcomes: r.outcomes, tags: r.tags, mappings: r.mappings, frameworkIds: [options.framework] });
          rows.push({ id: r.id, title: r.title, suggestions: found?.suggestions ?? [] });
        }
        if (options.json) {
          io.out(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        const out: string[] = [];
        for (const row of rows) {
          out.push(`${row.title} (${row.id})`);
          if (row.suggestions.length === 0) out.push('  no suggestions');
          for (const s of row.suggestions) out.push(`  ${s.code.padEnd(4)} ${String(s.score).padStart(3)}  ${s.reasons.join('; ')}`);
        }
        io.out(`${out.join('\n')}\n`);
      }),
    );
};
