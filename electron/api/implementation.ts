import type { TechfolioApiImpl } from '../../core/api/contract';
import { createAppImpl } from './app-impl';
import { createCommitmentImpl } from './commitment-impl';
import { createCpdImpl } from './cpd-impl';
import { createMadeFilesImpl } from './made-files-impl';
import { createProfileImpl } from './profile-impl';
import { createCareerImpl } from './career-impl';
import { createTrainingImpl } from './training-impl';
import { createEvidenceImpl } from './evidence-impl';
import { createStatementsImpl } from './statements-impl';
import { createStorageImpl } from './storage-impl';
import { createUiEvidenceImpl } from './ui-evidence-impl';
import { createSampleImpl } from './sample-impl';
import { createSuggestImpl } from './suggest-impl';
import { createInboxImpl } from './inbox-impl';
import { createEvidenceSearchImpl } from './evidence-search-impl';
import type { ApiServices } from './services';
import { lazyDomain } from './lazy-domain';
import { appraisalMethods } from '../../core/api/methods/appraisal';
import { calendarMethods } from '../../core/api/methods/calendar';
import { checklistMethods } from '../../core/api/methods/checklist';
import { frameworkMethods } from '../../core/api/methods/frameworks';
import { notificationMethods } from '../../core/api/methods/notifications';
import { packMethods } from '../../core/api/methods/pack';
import { pathwayMethods } from '../../core/api/methods/pathway';
import { planMethods } from '../../core/api/methods/plan';
import { submissionMethods } from '../../core/api/methods/submission';
import { transferMethods } from '../../core/api/methods/transfer';
import { upgradeMethods } from '../../core/api/methods/upgrade';

export type { ApiServices } from './services';

/**
 * The one implementation of the contract, shared by IPC, the loopback host and the CLI. The
 * domains whose code reaches PDF, Word, spreadsheet, archive, calendar or date libraries
 * load on their first call (lazy-domain.ts), so opening a portfolio (the CLI's `list`, say) does
 * not load them.
 */
export function createApiImpl(services: ApiServices): TechfolioApiImpl {
  return {
    ...createAppImpl(services),
    ...createCpdImpl(services),
    ...lazyDomain(packMethods, services, async () => (await import('./pack-impl')).createPackImpl),
    ...createProfileImpl(services),
    ...createCareerImpl(services),
    ...createTrainingImpl(services),
    ...createEvidenceImpl(services),
    ...createStatementsImpl(services),
    ...createStorageImpl(services),
    ...lazyDomain(frameworkMethods, services, async () => (await import('./frameworks-impl')).createFrameworksImpl),
    ...lazyDomain(transferMethods, services, async () => (await import('./transfer-impl')).createTransferImpl),
    ...createUiEvidenceImpl(services),
    ...createCommitmentImpl(services),
    ...lazyDomain(pathwayMethods, services, async () => (await import('./pathway-impl')).createPathwayImpl),
    ...createMadeFilesImpl(services),
    ...createSuggestImpl(services),
    ...lazyDomain(checklistMethods, services, async () => (await import('./checklist-impl')).createChecklistImpl),
    ...lazyDomain(upgradeMethods, services, async () => (await import('./upgrade-impl')).createUpgradeImpl),
    ...lazyDomain(planMethods, services, async () => (await import('./plan-impl')).createPlanImpl),
    ...lazyDomain(submissionMethods, services, async () => (await import('./submission-impl')).createSubmissionImpl),
    ...lazyDomain(calendarMethods, services, async () => (await import('./calendar-impl')).createCalendarImpl),
    ...lazyDomain(appraisalMethods, services, async () => (await import('./appraisal-impl')).createAppraisalImpl),
    ...lazyDomain(notificationMethods, services, async () => (await import('./notifications-impl')).createNotificationsImpl),
    ...createSampleImpl(services),
    ...createInboxImpl(services),
    ...createEvidenceSearchImpl(services),
  };
}
