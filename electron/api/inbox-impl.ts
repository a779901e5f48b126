import type { TechfolioApiImpl } from '../../core/api/contract';
import type { ApiServices } from './services';

type InboxImpl = Pick<TechfolioApiImpl, 'getInbox' | 'setInboxFolder' | 'inboxPending' | 'checkInbox' | 'draftsFromEvidence'>;

/** The inbox folder: choosing it, and taking in what has arrived (electron/inbox/inbox-service.ts). */
export function createInboxImpl({ inbox }: ApiServices): InboxImpl {
  return {
    getInbox: () => inbox.settings(),
    setInboxFolder: (folder) => inbox.setFolder(folder),
    inboxPending: () => inbox.pending(),
    checkInbox: () => inbox.takeIn(),
    draftsFromEvidence: (ids) => inbox.draftsFromEvidence(ids),
  };
}
