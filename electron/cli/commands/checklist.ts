import type { TechfolioApi } from '../../../core/api/contract';
import type { ChecklistState, RouteChecklist } from '../../../core/checklist/schema';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';

const MARK: Record<ChecklistState, string> = { done: '[x]', missing: '[ ]', 'not-needed': '[-]', check: '[?]' };
const WORD: Record<ChecklistState, string> = { done: 'done', missing: 'missing', 'not-needed': 'not needed', check: 'to check' };

/** The registration a command means: the one named, else the first the profile works towards. */
export async function chosenFramework(api: TechfolioApi, named: string | undefined): Promise<string> {
  if (named !== undefined) return named;
  const first = (await api.getProfile()).targetRegistrations[0]?.frameworkId;
  if (!first) throw new UserError('Name the registration with --framework ID, or add the one you are working towards to your profile (see `techfolio frameworks` for the ids).');
  return first;
}

export function formatChecklist(checklist: RouteChecklist): string {
  const out = [`${checklist.shortName}: what the application needs besides statements (${checklist.done} of ${checklist.needed} done)`, ''];
  for (const item of checklist.items) {
    out.push(`${MARK[item.state]} ${item.label} (${WORD[item.state]})`);
    out.push(`    ${item.detail}`);
    if (item.source) out.push(`    Source: ${item.source}`);
  }
  out.push('', '[x] done  [ ] missing  [?] yours to check  [-] not needed for this route', '');
  return out.join('\n');
}

export const checklistCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('checklist')
    .description('what a registration needs besides statements: CV, certificates, membership, supporter, fees, code of conduct')
    .option('--framework <id>', 'the registration (default: the first you are working towards)')
    .option('--json', 'print the checklist as JSON, for scripts')
    .action((options: { framework?: string; json?: boolean }) =>
      withBackend(async ({ api }) => {
        const checklist = await api.getRouteChecklist(await chosenFramework(api, options.framework));
        io.out(options.json ? `${JSON.stringify(checklist, null, 2)}\n` : formatChecklist(checklist));
      }),
    );
};
