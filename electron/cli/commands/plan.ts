import { InvalidArgumentError } from 'commander';
import { localToday } from '../../../core/format/today';
import { formatUkDate } from '../../../core/format/uk-date';
import { codeList } from '../../../core/plan/code-list';
import type { Weekday, WritingPlanView } from '../../../core/plan/schema';
import { WEEKDAYS } from '../../../core/plan/weekdays';
import { writeFileAtomic } from '../../services/atomic-write';
import { UserError } from '../user-error';
import { chosenFramework } from './checklist';
import { parseCliDate } from './cli-dates';
import type { CliCommand } from './cli-command';
import { checkOutPath } from './pack-output';

const wholeNumber = (name: string, min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
  return n;
};

/** "tue,thu" → ['tue', 'thu']; full names ("Tuesday") are accepted by their first three letters. */
function parseDays(value: string): Weekday[] {
  return value.split(',').map((part) => {
    const day = WEEKDAYS.find((d) => d === part.trim().toLowerCase().slice(0, 3));
    if (day === undefined) throw new InvalidArgumentError(`"${part}" is not a day: use mon, tue, wed, thu, fri, sat or sun, separated by commas.`);
    return day;
  });
}

export function formatPlan(view: WritingPlanView): string {
  const lines = [`${view.frameworkShortName} writing plan: ${view.done} of ${view.planned} criteria done`, view.message, ''];
  for (const s of view.plan.sessions) lines.push(`  ${formatUkDate(s.date)} ${s.time} (${s.minutes} min): ${codeList(s.codes)}`);
  if (view.next) lines.push('', `Next: ${formatUkDate(view.next.date)} at ${view.next.time}, ${codeList(view.next.codes)}.`);
  return `${lines.join('\n')}\n`;
}

export const planCommand: CliCommand = (program, { io, withBackend, setExitCode }) => {
  program
    .command('plan')
    .description('plan writing sessions for the statements still to write, and export them to your calendar (.ics)')
    .option('--framework <id>', 'the registration (default: the first you are working towards)')
    .requiredOption('--sessions-per-week <n>', 'how many sessions a week', wholeNumber('--sessions-per-week', 1, 14))
    .requiredOption('--minutes <n>', 'how long each session is', wholeNumber('--minutes', 10, 240))
    .requiredOption('--days <days>', 'the days you can write, such as tue,thu', parseDays)
    .requiredOption('--time <HH:MM>', 'when each session starts, in your own time zone, such as 12:30')
    .option('--from <date>', 'the first day of the plan (default: today)')
    .option('--out <file.ics>', 'write the sessions as calendar events to this file')
    .option('--json', 'print the plan as JSON')
    .action((options: PlanCliOptions) =>
      withBackend(async ({ api, portfolio }) => {
        const out = options.out === undefined ? undefined : await checkOutPath(options.out);
        if (out !== undefined && !out.toLowerCase().endsWith('.ics')) throw new UserError('--out: give a file name ending in .ics, such as plan.ics.');
        const view = await api.makeWritingPlan({
          frameworkId: await chosenFramework(api, options.framework),
          sessionsPerWeek: options.sessionsPerWeek,
          minutes: options.minutes,
          days: options.days,
          time: options.time,
          from: options.from !== undefined ? parseCliDate(options.from, '--from') : localToday(portfolio.now()),
        });
        if (out !== undefined && view.plan.sessions.length > 0) {
          const { text } = await api.exportWritingPlanCalendar(view.plan.settings.frameworkId);
          await writeFileAtomic(out, new TextEncoder().encode(text));
        }
        io.out(options.json ? `${JSON.stringify(view, null, 2)}\n` : formatPlan(view));
        if (out !== undefined && view.plan.sessions.length > 0 && !options.json) io.out(`Wrote ${view.plan.sessions.length} calendar events to ${out}.\n`);
        // A plan that misses the target date is still kept and written, but a script should notice.
        if (!view.fits) setExitCode(1);
      }),
    );
};

interface PlanCliOptions {
  framework?: string;
  sessionsPerWeek: number;
  minutes: number;
  days: Weekday[];
  time: string;
  from?: string;
  out?: string;
  json?: boolean;
}
