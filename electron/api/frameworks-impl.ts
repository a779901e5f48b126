import { addDays, format, parseISO, subYears } from 'date-fns';
import { ApiError } from '../../core/api/errors';
import { localToday } from '../../core/format/today';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { coverageOf } from '../../core/coverage/coverage';
import { evaluateRuleSet } from '../../core/cpd-rules/evaluate';
import { cpdRuleSets, findCpdRuleSet } from '../../core/cpd-rules/rule-sets';
import { indexCodes } from '../../core/frameworks/codes';
import { formatProblems, parseFrameworkText } from '../../core/frameworks/parse-framework';
import { sortSummaries, summarise } from '../../core/frameworks/registry';
import type { CriterionOverride } from '../../core/frameworks/schema';
import type { CriterionMapping } from '../../core/model/mapping';
import { frameworkLookup } from './framework-lookup';
import type { ApiServices } from './services';

type FrameworksImpl = Pick<
  TechfolioApiImpl,
  | 'listFrameworks'
  | 'getFramework'
  | 'getCoverage'
  | 'listCpdRuleSets'
  | 'setGapExplanations'
  | 'evaluateCpdRules'
  | 'setCriterionOverride'
  | 'clearCriterionOverride'
  | 'importFramework'
  | 'removeImportedFramework'
  | 'setMappings'
>;

/** Frameworks, coverage and CPD rules over the shipped framework files and the portfolio. */
export function createFrameworksImpl({ portfolio, frameworks }: ApiServices): FrameworksImpl {
  const { registryOf, requireLoaded: loaded } = frameworkLookup(frameworks.builtIn);
  const today = () => localToday(portfolio.now());

  const writeOverrides = (
    frameworkId: string,
    code: string,
    clearing: boolean,
    change: (others: CriterionOverride[], current: CriterionOverride | undefined) => CriterionOverride[],
  ) =>
    portfolio.update((current) => {
      const framework = loaded(current, frameworkId).framework;
      const existing = current.frameworkOverrides.find((o) => o.frameworkId === frameworkId && o.code === code);
      // An override whose code an update removed can still be cleared; a new one needs a real criterion.
      if (!indexCodes(framework).criterion(code) && !(existing && clearing)) {
        throw new ApiError({ code: 'not-found', message: `${framework.shortName} has no criterion "${code}".` });
      }
      const others = current.frameworkOverrides.filter((o) => o !== existing);
      const next = { ...current, frameworkOverrides: change(others, existing) };
      return { next, result: loaded(next, frameworkId) };
    });

  return {
    listFrameworks: async () => sortSummaries(registryOf(portfolio.read()).list().map(summarise)),

    getFramework: async (id) => loaded(portfolio.read(), id),

    getCoverage: async (frameworkId, options) => {
      const p = portfolio.read();
      const { framework } = loaded(p, frameworkId);
      return coverageOf(p, framework, { asOf: options?.asOf ?? today(), recentYears: options?.recentYears });
    },

    listCpdRuleSets: async () => [...cpdRuleSets],

    evaluateCpdRules: async (bodyId, request) => {
      const set = findCpdRuleSet(bodyId);
      if (!set) throw new ApiError({ code: 'not-found', message: `There are no CPD rules for "${bodyId}".` });
      const to = request?.to ?? today();
      // Default: the twelve months up to `to`, the window auditors usually ask about.
      const from = request?.from ?? format(addDays(subYears(parseISO(to), 1), 1), 'yyyy-MM-dd');
      if (from > to) throw new ApiError({ code: 'validation', message: 'The period ends before it starts: choose a --from date before the --to date.' });
      const p = portfolio.read();
      // The user's saved explanations always count; a call may add more to try out.
      const gapExplanations = [...p.cpdGapExplanations, ...(request?.gapExplanations ?? [])];
      return evaluateRuleSet(set, { records: p.cpd, goals: p.goals, period: { from, to }, gapExplanations });
    },

    setGapExplanations: async (explanations) =>
      portfolio.update((current) => ({ next: { ...current, cpdGapExplanations: explanations }, result: explanations })),

    setCriterionOverride: async (frameworkId, code, wording) =>
      writeOverrides(frameworkId, code, false, (others, existing) => {
        const merged: CriterionOverride = { frameworkId, code, ...existing, ...(wording.heading !== undefined ? { heading: wording.heading } : {}), ...(wording.guidance !== undefined ? { guidance: wording.guidance } : {}) };
        if (wording.formWording !== undefined) {
          // Emptying the box removes the pasted wording, so the criterion shows as pending again.
          if (wording.formWording === '') delete merged.formWording;
          else merged.formWording = wording.formWording;
        }
        return [...others, merged];
      }),

    clearCriterionOverride: async (frameworkId, code) => writeOverrides(frameworkId, code, true, (others) => others),

    importFramework: async (jsonText) => {
      const parsed = parseFrameworkText(jsonText);
      if (!parsed.ok) {
        throw new ApiError({
          code: 'refused',
          message: `This framework file cannot be imported:\n${formatProblems(parsed.problems)}`,
          issues: parsed.problems.map((p) => ({ path: p.line !== undefined ? `line ${p.line}, column ${p.column}` : p.path, message: p.message })),
        });
      }
      const framework = parsed.framework;
      return portfolio.update((current) => {
        if (frameworks.builtIn.some((f) => f.id === framework.id)) {
          throw new ApiError({ code: 'refused', message: `"${framework.id}" is the id of a built-in framework. Give your framework its own id and import it again.` });
        }
        // Re-importing the same id replaces the earlier import (a new version of the user's own file); mappings stay, as they are keyed by id and code.
        const next = { ...current, importedFrameworks: [...current.importedFrameworks.filter((f) => f.id !== framework.id), framework] };
        return { next, result: summarise(loaded(next, framework.id)) };
      });
    },

    removeImportedFramework: async (id) =>
      portfolio.update((current) => {
        if (!current.importedFrameworks.some((f) => f.id === id)) {
          const builtIn = frameworks.builtIn.some((f) => f.id === id);
          throw new ApiError(builtIn ? { code: 'refused', message: `"${id}" is built in and cannot be removed.` } : { code: 'not-found', message: `No imported framework has the id "${id}".` });
        }
        // Mappings and statements naming it are kept: importing the file again brings them back.
        return { next: { ...current, importedFrameworks: current.importedFrameworks.filter((f) => f.id !== id) }, result: { removed: id } };
      }),

    setMappings: async (target, mappings) =>
      portfolio.update((current) => {
        const registry = registryOf(current);
        // Technician Commitment records all live in `activities`; the target's kind must match the record's.
        const activity = 'activities' as const;
        const key = { cpd: 'cpd', training: 'training', qualification: 'qualifications', evidence: 'evidence', 'research-output': activity, outreach: activity, recognition: activity, role: activity, secondment: activity, 'people-developed': activity } as const;
        const list = current[key[target.kind]] as readonly { id: string; mappings: CriterionMapping[] }[];
        const item = list.find((i) => i.id === target.id && (key[target.kind] !== activity || (i as { kind?: string }).kind === target.kind));
        if (!item) throw new ApiError({ code: 'not-found', message: `No ${target.kind === 'cpd' ? 'CPD record' : target.kind} has the id ${target.id}.` });
        // A code the framework no longer has may stay (the user is keeping an old mapping), but a new mapping must name a real criterion.
        const before = new Set(item.mappings.map((m) => `${m.frameworkId}\u0000${m.code}`));
        for (const m of mappings) {
          if (before.has(`${m.frameworkId}\u0000${m.code}`)) continue;
          const framework = registry.get(m.frameworkId)?.framework;
          if (!framework) throw new ApiError({ code: 'refused', message: `There is no framework "${m.frameworkId}" to map to.` });
          const resolved = indexCodes(framework).resolve(m.code);
          if (resolved.kind !== 'current' && resolved.kind !== 'alias') throw new ApiError({ code: 'refused', message: `${framework.shortName} has no criterion "${m.code}".` });
        }
        const at = portfolio.now().toISOString();
        const updated = list.map((i) => (i.id === target.id ? { ...i, mappings, updatedAt: at } : i));
        return { next: { ...current, [key[target.kind]]: updated }, result: mappings };
      }),
  };
}
