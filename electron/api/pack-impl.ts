import { ApiError } from '../../core/api/errors';
import type { TechfolioApiImpl } from '../../core/api/contract';
import type { MadeFile, PackJob } from '../../core/api/methods/pack';
import { buildFrameworkRegistry } from '../../core/frameworks/registry';
import type { Framework } from '../../core/frameworks/schema';
import type { Portfolio } from '../../core/model/portfolio';
import { localToday } from '../../core/format/today';
import { statementsAsText } from '../../core/pack/statements-text';
import type { FrameworkNames } from '../../core/pack/summaries';
import { safeFileName } from '../services/made-files';
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
  const registryOf = (p: Portfolio) => buildFrameworkRegistry({ builtIn: frameworks.builtIn, imported: p.importedFrameworks, overrides: p.frameworkOverrides });
  const frameworkNames = (p: Portfolio): FrameworkNames =>
    Object.fromEntries(registryOf(p).list().map(({ framework }) => [framework.id, { name: framework.name, shortName: framework.shortName }]));
  const frameworkOf = (p: Portfolio, id: string): Framework => {
    const found = registryOf(p).get(id);
    if (!found) throw new ApiError({ code: 'not-found', message: `There is no framework "${id}". Run \`techfolio frameworks\` or open Frameworks to see the ids.` });
    return found.framework;
  };
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
      return pack.preflight(p, frameworkOf(p, options.frameworkId), options);
    },
    startPack: async (options) => {
      const p = portfolio.read();
      return { jobId: pack.startPack(p, frameworkOf(p, options.frameworkId), options) };
    },
    getPackJob: async (jobId) => jobOf(jobId),
    cancelPack: async (jobId) => ({ cancelled: await pack.cancel(jobOf(jobId).jobId) }),
    makePack: async (options) => {
      const p = portfolio.read();
      return madeFile(pack.startPack(p, frameworkOf(p, options.frameworkId), options));
    },
    makeCpdSummary: async (options) => madeFile(pack.startCpdSummary(portfolio.read(), options)),
    makeProfilePage: async ({ date }) => {
      const p = portfolio.read();
      return madeFile(pack.startProfilePage(p, date, frameworkNames(p)));
    },
    exportStatementsText: async (frameworkId) => {
      const p = portfolio.read();
      const framework = frameworkOf(p, frameworkId);
      const date = localToday(portfolio.now());
      return { text: statementsAsText(p, framework, date), fileName: safeFileName(`${framework.shortName} statements - ${date}.txt`) };
    },
  };
}
