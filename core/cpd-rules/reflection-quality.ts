import type { Reflection } from '../model/cpd-record';
import { countWords } from '../text/word-count';

/**
 * When a reflection counts as showing benefit to practice and to users (Science Council standards
 * 3 and 4), and when it counts as a reflection at all.
 *
 * - Science Council model: the "benefit to practice" and "benefit to users" answers each hold at
 *   least BENEFIT_MINIMUM_WORDS words. Ten words is about one real sentence ("I now check the
 *   calibration log before each run, which ..."); "n/a" or "yes" does not pass.
 * - Other models cannot be read answer by answer for benefit, so they pass when the reflection is
 *   substantial: at least SUBSTANTIAL_MINIMUM_WORDS words in all, and the answers that look forward
 *   are written (What? So what? Now what?: "so what" and "now what"; Gibbs: "conclusion" and
 *   "action plan"; free text: the text itself). Fifty words is about three sentences: enough to
 *   say what was learned, what changed and for whom.
 */
export const BENEFIT_MINIMUM_WORDS = 10;
export const SUBSTANTIAL_MINIMUM_WORDS = 50;

const forwardLooking: Record<Reflection['model'], readonly string[]> = {
  'science-council': ['benefit-to-practice', 'benefit-to-users'],
  'what-so-what-now-what': ['so-what', 'now-what'],
  gibbs: ['conclusion', 'action-plan'],
  free: ['reflection'],
};

const wordsOf = (reflection: Reflection, promptId: string) => countWords(reflection.answers[promptId] ?? '');

export function reflectionWords(reflection: Reflection): number {
  return Object.values(reflection.answers).reduce((sum, answer) => sum + countWords(answer), 0);
}

/** Why a reflection does not show benefit, or undefined when it does. */
export function benefitShortfall(reflection: Reflection): string | undefined {
  if (reflection.model === 'science-council') {
    const missing = [
      wordsOf(reflection, 'benefit-to-practice') < BENEFIT_MINIMUM_WORDS ? 'the benefit to your practice' : undefined,
      wordsOf(reflection, 'benefit-to-users') < BENEFIT_MINIMUM_WORDS ? 'the benefit to the users of your work' : undefined,
    ].filter((m): m is string => m !== undefined);
    return missing.length === 0 ? undefined : `write at least ${BENEFIT_MINIMUM_WORDS} words on ${missing.join(' and on ')}`;
  }
  const unanswered = forwardLooking[reflection.model].filter((id) => wordsOf(reflection, id) === 0);
  if (unanswered.length > 0) return `answer ${unanswered.map((id) => `"${id.replace(/-/g, ' ')}"`).join(' and ')} in the reflection`;
  const total = reflectionWords(reflection);
  if (total < SUBSTANTIAL_MINIMUM_WORDS) return `the reflection has ${total} words; write at least ${SUBSTANTIAL_MINIMUM_WORDS}, including who benefited and how`;
  return undefined;
}
