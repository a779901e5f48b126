import type { TechfolioApi } from '../../../core/api/contract';
import { indexCodes } from '../../../core/frameworks/codes';
import type { CriterionMapping } from '../../../core/model/mapping';
import { UserError } from '../user-error';

/** One framework's codes as written after `--criteria`. */
export interface CriteriaRequest {
  frameworkId: string;
  codes: string[];
}

const HOW = 'Write --criteria FRAMEWORK:CODE,CODE, like "sc-rscitech:B2,C1".';

/** Commander collector: each repeat of the option adds to the list (no default, so --help shows none). */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * Reads the values of repeated --criteria options. "sc-rscitech:B2,C1" names a framework and two
 * codes; a code with no framework prefix continues the framework named before it, so
 * "sc-rscitech:B2,C1,sc-csci:A1" names two frameworks.
 */
export function parseCriteriaOption(values: readonly string[]): CriteriaRequest[] {
  const requests: CriteriaRequest[] = [];
  let current: CriteriaRequest | undefined;
  for (const value of values) {
    for (const piece of value.split(',').map((p) => p.trim())) {
      if (piece === '') continue;
      const colon = piece.indexOf(':');
      const frameworkId = colon >= 0 ? piece.slice(0, colon).trim() : undefined;
      const code = (colon >= 0 ? piece.slice(colon + 1) : piece).trim();
      if (frameworkId !== undefined) {
        if (frameworkId === '') throw new UserError(`--criteria "${value}": "${piece}" names no framework. ${HOW}`);
        current = requests.find((r) => r.frameworkId === frameworkId) ?? { frameworkId, codes: [] };
        if (!requests.includes(current)) requests.push(current);
      }
      if (!current) throw new UserError(`--criteria "${value}": "${piece}" does not say which framework it belongs to. ${HOW}`);
      if (code === '') continue;
      if (!current.codes.includes(code)) current.codes.push(code);
    }
  }
  const empty = requests.find((r) => r.codes.length === 0);
  if (empty) throw new UserError(`--criteria names ${empty.frameworkId} but none of its criteria. ${HOW}`);
  return requests;
}

/** The frameworks the portfolio has, as the list a refusal prints. */
async function frameworkIds(api: TechfolioApi): Promise<string[]> {
  return (await api.listFrameworks()).map((f) => f.id);
}

/** Refuses a framework id the portfolio does not have, listing those it does. */
export async function assertFrameworksExist(api: TechfolioApi, ids: readonly string[], option: string): Promise<void> {
  const known = await frameworkIds(api);
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined) throw new UserError(`${option}: there is no framework "${unknown}". The frameworks are: ${known.join(', ')}.`);
}

/**
 * Checks every code against its framework (an old code the framework renamed becomes the current
 * one) and returns the mappings. Refuses the first unknown framework or code, listing the valid
 * ones, before anything is changed.
 */
export async function resolveCriteria(api: TechfolioApi, requests: readonly CriteriaRequest[]): Promise<CriterionMapping[]> {
  await assertFrameworksExist(api, requests.map((r) => r.frameworkId), '--criteria');
  const mappings: CriterionMapping[] = [];
  for (const { frameworkId, codes } of requests) {
    const { framework } = await api.getFramework(frameworkId);
    const index = indexCodes(framework);
    for (const written of codes) {
      // Codes are printed in capitals; "b2" is the same criterion typed quickly.
      const resolved = [written, written.toUpperCase()].map((c) => index.resolve(c)).find((r) => r.kind === 'current' || r.kind === 'alias');
      if (!resolved || (resolved.kind !== 'current' && resolved.kind !== 'alias')) {
        throw new UserError(`--criteria: ${framework.shortName} (${frameworkId}) has no criterion "${written}". Its criteria are: ${index.codes.join(', ')}.`);
      }
      if (!mappings.some((m) => m.frameworkId === frameworkId && m.code === resolved.code)) mappings.push({ frameworkId, code: resolved.code, note: '' });
    }
  }
  return mappings;
}

/** Mappings in the form --criteria reads them back: "sc-rscitech:B2,C1 sc-csci:A1". */
export function formatCriteria(mappings: readonly Pick<CriterionMapping, 'frameworkId' | 'code'>[]): string {
  const byFramework = new Map<string, string[]>();
  for (const m of mappings) byFramework.set(m.frameworkId, [...(byFramework.get(m.frameworkId) ?? []), m.code]);
  return [...byFramework].map(([frameworkId, codes]) => `${frameworkId}:${codes.join(',')}`).join(' ');
}
