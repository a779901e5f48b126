import { formatBytes } from '../../../core/pack/pack-labels';
import type { CliCommand } from './cli-command';
import { chosenFramework } from './checklist';
import { checkOutPath, deliverExport } from './pack-output';

export const briefCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('brief')
    .description("make a supporter's brief PDF: your statements by area, the evidence list and a box per area for their own words")
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--framework <id>', 'the registration (default: the first you are working towards)')
    .option('--supporter <id>', 'who it is for (default: the supporter nominated for the registration)')
    .action((options: { out: string; framework?: string; supporter?: string }) =>
      withBackend(async ({ api }) => {
        const out = await checkOutPath(options.out);
        const frameworkId = await chosenFramework(api, options.framework);
        const made = await api.makeSupporterBrief({ frameworkId, ...(options.supporter !== undefined ? { supporterId: options.supporter } : {}) });
        await deliverExport(api, made.exportId, out);
        io.out(`Wrote ${out}: ${made.pages} pages, ${formatBytes(made.bytes)}.\nStatements fingerprint: ${made.fingerprint}\n`);
      }),
    );
};
