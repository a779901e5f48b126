import { readFile } from 'node:fs/promises';
import { ApiError } from '../../core/api/errors';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { localToday } from '../../core/format/today';
import { SupporterBrief } from '../../core/model/supporter-brief';
import { defaultProfileFor, summariseProfiles } from '../../core/submission/schema';
import { prepareSubmission, submissionFolder } from '../submission/prepare-submission';
import { zipSubmissionFolder } from '../submission/submission-zip';
import { frameworkLookup } from './framework-lookup';
import type { ApiServices } from './services';

type SubmissionImpl = Pick<TechfolioApiImpl, 'listSubmissionProfiles' | 'prepareSubmission' | 'zipSubmission' | 'openSubmissionFolder'>;

export const preparedFolderGone = (): ApiError =>
  new ApiError({ code: 'not-found', message: 'Those prepared files are no longer there (they are removed after a week). Prepare them again.' });

/** Submission files cut to a body's rules (electron/submission), over the pack service. */
export function createSubmissionImpl({ portfolio, frameworks, pack, evidence, storage, submissionProfiles }: ApiServices): SubmissionImpl {
  const { frameworkNames: namesOf, requireFramework } = frameworkLookup(frameworks.builtIn);

  return {
    listSubmissionProfiles: async (frameworkId) => {
      requireFramework(portfolio.read(), frameworkId);
      return summariseProfiles(submissionProfiles, frameworkId);
    },
    prepareSubmission: async ({ frameworkId, profileId, date }) => {
      const p = portfolio.read();
      const framework = requireFramework(p, frameworkId);
      const profile = profileId === undefined ? defaultProfileFor(submissionProfiles, frameworkId) : submissionProfiles.find((s) => s.id === profileId);
      if (!profile) throw new ApiError({ code: 'not-found', message: `There is no submission profile "${profileId ?? ''}". The profiles are: ${submissionProfiles.map((s) => s.id).join(', ')}.` });
      const frameworkNames = namesOf(p);
      return prepareSubmission(
        {
          dataDir: storage.dataDir,
          pack,
          readEvidence: async (sha256) => new Uint8Array(await readFile(evidence.pathFor(sha256))),
          keepBrief: ({ shortFingerprint: _short, ...record }) =>
            portfolio.update((current) => ({ next: { ...current, supporterBriefs: [...current.supporterBriefs, SupporterBrief.parse({ ...portfolio.stamp(), ...record })] }, result: undefined })),
          frameworkNames,
        },
        p,
        framework,
        profile,
        date ?? localToday(portfolio.now()),
      );
    },
    zipSubmission: async (submissionId) => {
      const zipped = await zipSubmissionFolder(storage.dataDir, submissionId, `Submission files - ${portfolio.read().profile.name || 'portfolio'}`);
      if (!zipped) throw preparedFolderGone();
      return zipped;
    },
    // Only the desktop shell can show a folder (electron/shell/open-folder.ts); here its path is the answer.
    openSubmissionFolder: async (submissionId) => ({ status: 'unavailable', folder: submissionFolder(storage.dataDir, submissionId) }),
  };
}
