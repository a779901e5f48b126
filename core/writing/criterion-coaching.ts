import { allCriteria } from '../frameworks/codes';
import type { Framework } from '../frameworks/schema';
import type { FrameworkCoverage } from '../coverage/schema';
import { coachStatement, type CitedExample, type CoachAdvice } from './statement-coach';

/** Bodies ask for recent examples; three years unless the framework says otherwise (as coverage and the preflight judge). */
const DEFAULT_EXAMPLE_YEARS = 3;

export interface CriterionStatement {
  framework: Framework;
  code: string;
  text: string;
  /** What each criterion cites, so the coach knows this statement's examples and where else they are used. */
  coverage: Pick<FrameworkCoverage, 'criteria'> | undefined;
  /** YYYY-MM-DD: examples are judged old against it. */
  asOf: string;
}

/**
 * The statement coach for one criterion's statement, fed from the framework and coverage: the
 * same advice beside the statement editor and in the pack preflight.
 */
export function coachCriterionStatement({ framework, code, text, coverage, asOf }: CriterionStatement): CoachAdvice[] {
  const place = allCriteria(framework).find((c) => c.criterion.code === code);
  if (!place) return [];
  const { criterion, area } = place;
  const codesOf = new Map<string, string[]>();
  for (const c of coverage?.criteria ?? []) {
    for (const item of c.items) {
      const key = `${item.kind}:${item.id}`;
      codesOf.set(key, [...(codesOf.get(key) ?? []), c.code]);
    }
  }
  const cited: CitedExample[] = (coverage?.criteria.find((c) => c.code === code)?.items ?? []).map((item) => ({
    title: item.title,
    date: item.date,
    alsoUsedFor: (codesOf.get(`${item.kind}:${item.id}`) ?? []).filter((other) => other !== code),
  }));
  return coachStatement({
    text,
    wordLimit: criterion.wordLimit,
    suggestedWords: criterion.suggestedWords,
    keyTerms: [...(criterion.themes ?? []), ...(area.themes ?? []), criterion.heading],
    cited,
    examplesWithinYears: framework.requirements.examplesWithinYears ?? DEFAULT_EXAMPLE_YEARS,
    asOf,
  });
}

/** Each check in a few words, for a one-line summary of a statement's advice (the pack preflight). */
export const CHECK_SUMMARIES: Record<CoachAdvice['check'], string> = {
  'not-first-person': 'say "I" rather than "we"',
  'no-outcome': 'say what resulted',
  'too-short': 'too brief',
  'too-long': 'over its length',
  'no-key-terms': 'use the criterion\'s words',
  'example-reused': 'an example also used elsewhere',
  'example-old': 'an example older than the route allows',
  'unexplained-acronym': 'spell out abbreviations',
  'list-of-duties': 'reads as a list of duties',
};
