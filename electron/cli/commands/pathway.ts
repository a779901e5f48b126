import { formatBytes } from '../../../core/pack/pack-labels';
import type { CliCommand } from './cli-command';
import { checkOutPath, deliverExport } from './pack-output';

export const pathwayCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('pathway')
    .description('show your current level on a career pathway, the gaps to the target and suggested CPD; --out writes the one-page summary PDF')
    .requiredOption('--framework <id>', 'a framework with levels (see `techfolio frameworks`), such as example-technician-pathway')
    .option('--target <level>', 'the level you are aiming for (default: the one above your current level)')
    .option('--out <file>', 'also write the one-page development summary PDF here')
    .action((options: { framework: string; target?: string; out?: string }) =>
      withBackend(async ({ api }) => {
        const out = options.out !== undefined ? await checkOutPath(options.out) : undefined;
        const view = await api.getPathway(options.framework, options.target);
        const { pathwayAsText } = await import('../../../core/pathway/pathway-text');
        io.out(pathwayAsText(view));
        if (out) {
          const made = await api.makePathwaySummary(options.framework, options.target !== undefined ? { targetLevelId: options.target } : {});
          await deliverExport(api, made.exportId, out);
          io.out(`Wrote ${out}: 1 page, ${formatBytes(made.bytes)}.\n`);
        }
      }),
    );
};
