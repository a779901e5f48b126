import { readFile } from 'node:fs/promises';
import { ApiError } from '../../core/api/errors';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { routeChecklist } from '../../core/checklist/route-checklist';
import type { Framework } from '../../core/frameworks/schema';
import type { Portfolio } from '../../core/model/portfolio';
import { SupporterBrief } from '../../core/model/supporter-brief';
import { checkSignoff, type SignoffCheck } from '../../core/pack/signoff-check';
import { readFingerprint } from '../pack/read-fingerprint';
import { frameworkLookup } from './framework-lookup';
import type { ApiServices } from './services';

type ChecklistImpl = Pick<TechfolioApiImpl, 'getRouteChecklist' | 'setSupporterStep' | 'makeSupporterBrief' | 'verifySignoff'>;

/**
 * Checks a returned brief (a PDF, a scan or a photo) against the portfolio. Shared by the API and
 * `techfolio verify-signoff`, which reads a file that is not (yet) evidence.
 */
export async function verifySignoffBytes(portfolio: Portfolio, frameworkOf: (id: string) => Framework | undefined | Promise<Framework | undefined>, bytes: Uint8Array): Promise<SignoffCheck> {
  const found = await readFingerprint(bytes);
  if (!found) {
    throw new ApiError({
      code: 'refused',
      message: 'No statements fingerprint could be read from this file. Use the signed PDF itself, or a scan or photo in which a page\'s QR code (top right) is sharp and whole.',
    });
  }
  return checkSignoff(portfolio, frameworkOf, found.hex, found.readFrom);
}

/** The route checklist, the supporter steps ticked on it, and the supporter's brief and its sign-off. */
export function createChecklistImpl({ portfolio, frameworks, pack, evidence }: ApiServices): ChecklistImpl {
  const { frameworkOf, requireFramework } = frameworkLookup(frameworks.builtIn);

  return {
    getRouteChecklist: async (frameworkId) => {
      const p = portfolio.read();
      return routeChecklist(p, requireFramework(p, frameworkId));
    },
    setSupporterStep: async (frameworkId, step, date) =>
      portfolio.update((current) => {
        const framework = requireFramework(current, frameworkId);
        if (!current.profile.targetRegistrations.some((r) => r.frameworkId === frameworkId)) {
          throw new ApiError({ code: 'refused', message: `${framework.shortName} is not among the registrations you are working towards. Add it on your profile first.` });
        }
        const targetRegistrations = current.profile.targetRegistrations.map((r) => {
          if (r.frameworkId !== frameworkId) return r;
          const { [step]: _cleared, ...rest } = r;
          return date === null ? rest : { ...rest, [step]: date };
        });
        const next = { ...current, profile: { ...current.profile, targetRegistrations } };
        return { next, result: routeChecklist(next, framework) };
      }),
    makeSupporterBrief: async ({ frameworkId, supporterId, date }) => {
      const p = portfolio.read();
      const framework = requireFramework(p, frameworkId);
      if (supporterId !== undefined && !p.supporters.some((s) => s.id === supporterId)) {
        throw new ApiError({ code: 'not-found', message: 'That supporter is not in your portfolio. Run `techfolio list` or open your profile to see who is.' });
      }
      const jobId = pack.startSupporterBrief(p, framework, supporterId, date);
      const job = await pack.finished(jobId);
      const made = pack.briefMade(jobId);
      if (job?.status !== 'done' || !job.result || !made) throw new ApiError({ code: 'refused', message: job?.error ?? 'The brief was not made because the job was cancelled.' });
      const { shortFingerprint, ...record } = made;
      // Kept after the file is written, so every brief a supporter can hold is one that can be checked.
      portfolio.update((current) => ({ next: { ...current, supporterBriefs: [...current.supporterBriefs, SupporterBrief.parse({ ...portfolio.stamp(), ...record })] }, result: undefined }));
      return { ...job.result, fingerprint: shortFingerprint };
    },
    verifySignoff: async (evidenceId) => {
      const p = portfolio.read();
      const item = p.evidence.find((e) => e.id === evidenceId);
      if (!item) throw new ApiError({ code: 'not-found', message: 'That evidence item is not in your portfolio.' });
      if (item.kind !== 'file') throw new ApiError({ code: 'refused', message: 'Only a file can carry a signed brief: add the signed PDF, scan or photo as evidence.' });
      const bytes = await readFile(evidence.pathFor(item.file.sha256));
      return verifySignoffBytes(p, (id) => frameworkOf(p, id), bytes);
    },
  };
}
