import { carryOverAsText, upgradeViewAsText } from '../../../core/upgrade/upgrade-text';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';

export const upgradeCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('upgrade')
    .description('carry your statements and mappings over to a higher register (RSciTech → RSci → CSci, EngTech → IEng) as drafts; never overwrites a statement you wrote')
    .option('--from <id>', 'the register you hold or wrote for, such as sc-rscitech')
    .option('--to <id>', 'the higher register, such as sc-rsci')
    .option('--dry-run', 'show the two standards side by side and what would be carried, saving nothing')
    .option('--list', 'list the upgrades the framework files declare')
    .action((options: { from?: string; to?: string; dryRun?: boolean; list?: boolean }) =>
      withBackend(async ({ api }) => {
        if (options.list) {
          const routes = await api.listUpgrades();
          io.out(routes.length > 0 ? `${routes.map((r) => `${r.from.id} → ${r.to.id}  (${r.from.shortName} → ${r.to.shortName})`).join('\n')}\n` : 'No framework declares an upgrade.\n');
          return;
        }
        if (options.from === undefined || options.to === undefined) throw new UserError('Give both --from and --to, such as `techfolio upgrade --from sc-rscitech --to sc-rsci`, or --list to see the upgrades there are.');
        if (options.dryRun) io.out(upgradeViewAsText(await api.getUpgradeView(options.from, options.to)));
        io.out(carryOverAsText(await api.carryOverUpgrade(options.from, options.to, { dryRun: options.dryRun === true })));
      }),
    );
};
