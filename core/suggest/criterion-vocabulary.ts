import { allCriteria } from '../frameworks/codes';
import type { LoadedFramework } from '../frameworks/registry';
import { termOf, wordsOf } from './terms';

/**
 * What the finder looks for in a record to judge it against one criterion: the criterion's own
 * words and the area's, each with a weight. Themes (our vocabulary in the framework file) weigh
 * most because they name what examples contain ("COSHH"); wording and headings say what the
 * criterion asks; guidance is the loosest.
 */
export interface VocabularyPhrase {
  text: string;
  weight: number;
}

export interface CriterionVocabulary {
  frameworkId: string;
  code: string;
  areaCode: string;
  phrases: VocabularyPhrase[];
  /** Each index term with its summed weight. */
  termWeights: Map<string, number>;
  /** An index term as a reader would recognise it (the first word that produced it). */
  surface: Map<string, string>;
}

export const WEIGHTS = {
  criterionTheme: 3,
  areaTheme: 1.5,
  wording: 1.5,
  area: 0.6,
  guidance: 0.5,
} as const;

const cache = new WeakMap<LoadedFramework, CriterionVocabulary[]>();

/** The vocabulary of every criterion of a framework, in the framework's order. */
export function frameworkVocabulary(loaded: LoadedFramework): CriterionVocabulary[] {
  let found = cache.get(loaded);
  if (found === undefined) {
    found = build(loaded);
    cache.set(loaded, found);
  }
  return found;
}

function build(loaded: LoadedFramework): CriterionVocabulary[] {
  const { framework } = loaded;
  const formWording = new Map(loaded.overrides.filter((o) => o.formWording).map((o) => [o.code, o.formWording!]));
  return allCriteria(framework).map(({ criterion, area }) => {
    const phrases: VocabularyPhrase[] = [
      ...(criterion.themes ?? []).map((text) => ({ text, weight: WEIGHTS.criterionTheme })),
      ...(area.themes ?? []).map((text) => ({ text, weight: WEIGHTS.areaTheme })),
      { text: criterion.heading, weight: WEIGHTS.wording },
      ...(criterion.officialStatement ? [{ text: criterion.officialStatement, weight: WEIGHTS.wording }] : []),
      ...(formWording.has(criterion.code) ? [{ text: formWording.get(criterion.code)!, weight: WEIGHTS.wording }] : []),
      { text: [area.heading, area.officialStatement ?? ''].join(' '), weight: WEIGHTS.area },
      { text: criterion.guidance, weight: WEIGHTS.guidance },
    ];
    const termWeights = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const phrase of phrases) {
      // A word repeated within one phrase counts once: a long guidance text must not outweigh a theme.
      const seen = new Set<string>();
      for (const word of wordsOf(phrase.text)) {
        const term = termOf(word);
        if (term === null || seen.has(term)) continue;
        seen.add(term);
        termWeights.set(term, (termWeights.get(term) ?? 0) + phrase.weight);
        if (!surface.has(term)) surface.set(term, word.toLocaleLowerCase('en-GB') === word || /^[A-Z]{2,}$/.test(word) ? word : word.toLocaleLowerCase('en-GB'));
      }
    }
    return { frameworkId: framework.id, code: criterion.code, areaCode: area.code, phrases, termWeights, surface };
  });
}
