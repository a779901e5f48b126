import { formatUkDate } from '../../../core/format/uk-date';
import type { CliCommand } from './cli-command';

/** `techfolio examples`: the user's records ranked as examples of one criterion. */
export const examplesCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('examples')
    .description('rank your records by how well each could serve as an example of one criterion')
    .requiredOption('--framework <id>', 'the framework id, such as sc-rscitech')
    .requiredOption('--criterion <code>', 'the criterion code, such as B2')
    .option('--json', 'print JSON instead of text')
    .action((options: { framework: string; criterion: string; json?: boolean }) =>
      withBackend(async ({ api }) => {
        const examples = await api.findExamples(options.framework, options.criterion, { limit: 20 });
        if (options.json) {
          io.out(`${JSON.stringify(examples, null, 2)}\n`);
          return;
        }
        if (examples.length === 0) {
          io.out(`No records match ${options.criterion} yet (records already mapped to it are not listed).\n`);
          return;
        }
        const lines = examples.map((e) => `${String(e.score).padStart(3)}  ${e.date ? formatUkDate(e.date) : '          '}  ${e.title} [${e.kind} ${e.id}]\n       ${e.reasons.join('; ')}`);
        io.out(`${lines.join('\n')}\n`);
      }),
    );
};
