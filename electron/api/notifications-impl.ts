import type { TechfolioApiImpl } from '../../core/api/contract';
import type { notificationMethods } from '../../core/api/methods/notifications';
import { buildFrameworkRegistry } from '../../core/frameworks/registry';
import { localToday } from '../../core/format/today';
import { dueNotices } from '../../core/notifications/due-notices';
import type { ApiServices } from './services';

type NotificationsImpl = Pick<TechfolioApiImpl, keyof typeof notificationMethods>;

/** What falls due, for the desktop shell's and the browser's notifications alike. */
export function createNotificationsImpl({ portfolio, frameworks }: ApiServices): NotificationsImpl {
  return {
    listDueNotices: async () => {
      const p = portfolio.read();
      const today = localToday(portfolio.now());
      if (!p.profile.notifyDue) return { enabled: false, today, notices: [] };
      const registry = buildFrameworkRegistry({ builtIn: frameworks.builtIn, imported: p.importedFrameworks, overrides: p.frameworkOverrides });
      const notices = dueNotices({ profile: p.profile, training: p.training, goals: p.goals, registrationName: (id) => registry.get(id)?.framework.shortName ?? id }, today);
      return { enabled: true, today, notices };
    },
  };
}
