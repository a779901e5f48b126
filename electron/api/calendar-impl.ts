import type { TechfolioApiImpl } from '../../core/api/contract';
import { buildDeadlinesCalendar, collectDeadlines } from '../../core/calendar/deadlines';
import { buildFrameworkRegistry } from '../../core/frameworks/registry';
import { localToday } from '../../core/format/today';
import type { ApiServices } from './services';

type CalendarImpl = Pick<TechfolioApiImpl, 'exportDeadlinesCalendar'>;

/** The deadlines calendar, from the portfolio as it is now. */
export function createCalendarImpl({ portfolio, frameworks }: ApiServices): CalendarImpl {
  return {
    exportDeadlinesCalendar: async () => {
      const p = portfolio.read();
      const now = portfolio.now();
      const today = localToday(now);
      const registry = buildFrameworkRegistry({ builtIn: frameworks.builtIn, imported: p.importedFrameworks, overrides: p.frameworkOverrides });
      const deadlines = collectDeadlines({ profile: p.profile, training: p.training, goals: p.goals, registrationName: (id) => registry.get(id)?.framework.shortName ?? id }, today);
      const text = buildDeadlinesCalendar(deadlines, now);
      return text === null ? null : { text, fileName: `techfolio-deadlines-${today}.ics`, count: deadlines.length };
    },
  };
}
