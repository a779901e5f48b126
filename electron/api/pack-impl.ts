import { ApiError } from '../../core/api/errors';
import type { TechfolioApiImpl } from '../../core/api/contract';
import type { MadeFile, PackJob } from '../../core/api/methods/pack';
import { localToday } from '../../core/format/today';
import { statementsAsText } from '../../core/pack/statements-text';
import { safeFileName } from '../services/made-files';
import { frameworkLookup } from './framework-lookup';
import type { ApiServices } from './services';

type PackImpl = Pick<
  TechfolioApiImpl,
  | 'preflightPack'
  | 'startPack'
  | 'getPackJob'
  | 'cancelPack'
  | 'makePack'
  | 'makeCpdSummary'
  | 'makeProfilePage'
  | 'exportStatementsText'
>;

/** Packs, summaries and the statements export, over the pack service's worker jobs. */
export function createPackImpl({ portfolio, frameworks, pack }: ApiServices): PackImpl {
  const { frameworkNames, requireFramework } = frameworkLookup(frameworks.builtIn);
  const jobOf = (jobId: string): PackJob => {
    const job = pack.job(jobId);
    if (!job) throw new ApiError({ code: 'not-found', message: 'That pack job is not known (it may have finished long ago). Start the pack again.' });
    return job;
  };
  /** Waits for a job and turns anything but success into a message the user can act on. */
  const madeFile = async (jobId: string): Promise<MadeFile> => {
    const job = await pack.finished(jobId);
    if (job?.status === 'done' && job.result) return job.result;
    throw new ApiError({ code: 'refused', message: job?.error ?? 'The PDF was not made because the job was cancelled.' });
  };

  return {
    preflightPack: async (options) => {
      const p = portfolio.read();
      return pack.preflight(p, requireFramework(p, options.frameworkId), options);
    },
    startPack: async (options) => {
      const p = portfolio.read();
      return { jobId: pack.startPack(p, requireFramework(p, options.frameworkId), options) };
    },
    getPackJob: async (jobId) => jobOf(jobId),
    cancelPack: async (jobId) => ({ cancelled: await pack.cancel(jobOf(jobId).jobId) }),
    makePack: async (options) => {
      const p = portfolio.read();
      return madeFile(pack.startPack(p, requireFramework(p, options.frameworkId), options));
    },
    makeCpdSummary: async (options) => madeFile(pack.startCpdSummary(portfolio.read(), options)),
    makeProfilePage: async ({ date }) => {
      const p = portfolio.read();
      return madeFile(pack.startProfilePage(p, date, frameworkNames(p)));
    },
    exportStatementsText: async (frameworkId) => {
      const p = portfolio.read();
      const framework = requireFramework(p, frameworkId);
      const date = localToday(portfolio.now());
      return { text: statementsAsText(p, framework, date), fileName: safeFileName(`${framework.shortName} statements - ${date}.txt`) };
    },
  };
}
