import type { TechfolioApiImpl } from '../../core/api/contract';
import { buildDeadlinesCalendar, collectDeadlines } from '../../core/calendar/deadlines';
import { localToday } from '../../core/format/today';
import { frameworkLookup } from './framework-lookup';
import type { ApiServices } from './services';

type CalendarImpl = Pick<TechfolioApiImpl, 'exportDeadlinesCalendar'>;

/** The deadlines calendar, from the portfolio as it is now. */
export function createCalendarImpl({ portfolio, frameworks }: ApiServices): CalendarImpl {
  const { shortNameOf } = frameworkLookup(frameworks.builtIn);
  return {
    exportDeadlinesCalendar: async () => {
      const p = portfolio.read();
      const now = portfolio.now();
      const today = localToday(now);
      const deadlines = collectDeadlines({ profile: p.profile, training: p.training, goals: p.goals, registrationName: (id) => shortNameOf(p, id) }, today);
      const text = buildDeadlinesCalendar(deadlines, now);
      return text === null ? null : { text, fileName: `techfolio-deadlines-${today}.ics`, count: deadlines.length };
    },
  };
}
