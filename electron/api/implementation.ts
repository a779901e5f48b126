import type { TechfolioApiImpl } from '../../core/api/contract';
import { createAppImpl } from './app-impl';
import { createChecklistImpl } from './checklist-impl';
import { createCommitmentImpl } from './commitment-impl';
import { createCpdImpl } from './cpd-impl';
import { createPathwayImpl } from './pathway-impl';
import { createPackImpl } from './pack-impl';
import { createFrameworksImpl } from './frameworks-impl';
import { createMadeFilesImpl } from './made-files-impl';
import { createProfileImpl } from './profile-impl';
import { createCareerImpl } from './career-impl';
import { createTrainingImpl } from './training-impl';
import { createEvidenceImpl } from './evidence-impl';
import { createStatementsImpl } from './statements-impl';
import { createStorageImpl } from './storage-impl';
import { createTransferImpl } from './transfer-impl';
import { createUiEvidenceImpl } from './ui-evidence-impl';
import { createSuggestImpl } from './suggest-impl';
import { createUpgradeImpl } from './upgrade-impl';
import { createPlanImpl } from './plan-impl';
import { createSubmissionImpl } from './submission-impl';
import { createCalendarImpl } from './calendar-impl';
import { createAppraisalImpl } from './appraisal-impl';
import { createNotificationsImpl } from './notifications-impl';
import { createSampleImpl } from './sample-impl';
import { createInboxImpl } from './inbox-impl';
import { createEvidenceSearchImpl } from './evidence-search-impl';
import type { ApiServices } from './services';

export type { ApiServices } from './services';

/** The one implementation of the contract, shared by IPC, the loopback host and the CLI. */
export function createApiImpl(services: ApiServices): TechfolioApiImpl {
  return {
    ...createAppImpl(services),
    ...createCpdImpl(services),
    ...createPackImpl(services),
    ...createProfileImpl(services),
    ...createCareerImpl(services),
    ...createTrainingImpl(services),
    ...createEvidenceImpl(services),
    ...createStatementsImpl(services),
    ...createStorageImpl(services),
    ...createFrameworksImpl(services),
    ...createTransferImpl(services),
    ...createUiEvidenceImpl(services),
    ...createCommitmentImpl(services),
    ...createPathwayImpl(services),
    ...createMadeFilesImpl(services),
    ...createSuggestImpl(services),
    ...createChecklistImpl(services),
    ...createUpgradeImpl(services),
    ...createPlanImpl(services),
    ...createSubmissionImpl(services),
    ...createCalendarImpl(services),
    ...createAppraisalImpl(services),
    ...createNotificationsImpl(services),
    ...createSampleImpl(services),
    ...createInboxImpl(services),
    ...createEvidenceSearchImpl(services),
  };
}
