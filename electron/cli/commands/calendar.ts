import { writeFileAtomic } from '../../services/atomic-write';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';
import { checkOutPath } from './pack-output';

export const calendarCommand: CliCommand = (program, { io, withBackend }) => {
  program
    .command('calendar')
    .description('write every deadline (training renewals, CPD declarations, goal and registration dates, the end of the CPD year) to one calendar file (.ics)')
    .requiredOption('--out <file.ics>', 'the calendar file to write')
    .action((options: { out: string }) =>
      withBackend(async ({ api }) => {
        const out = await checkOutPath(options.out);
        if (!out.toLowerCase().endsWith('.ics')) throw new UserError('--out: give a file name ending in .ics, such as deadlines.ics.');
        const made = await api.exportDeadlinesCalendar();
        // Nothing is written rather than an empty calendar: there is nothing to import.
        if (made === null) throw new UserError('There are no deadlines yet: add training with an expiry, a goal or registration target date, or say which year your CPD runs over in your profile.');
        await writeFileAtomic(out, new TextEncoder().encode(made.text));
        io.out(`Wrote ${made.count} ${made.count === 1 ? 'deadline' : 'deadlines'} to ${out}. Import it into your calendar app; importing a newer file updates the same events.\n`);
      }),
    );
};
