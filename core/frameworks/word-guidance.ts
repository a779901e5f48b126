import type { Criterion } from './schema';

/**
 * What to say about a statement's length: a real limit, or a body's suggestion (guidance that is
 * never flagged). One sentence, so the criterion screen and the plain-text export agree.
 */
export function wordGuidance(criterion: Pick<Criterion, 'wordLimit' | 'suggestedWords'>): string | undefined {
  if (criterion.wordLimit !== undefined) return `Word limit: ${criterion.wordLimit} words.`;
  const s = criterion.suggestedWords;
  if (s === undefined) return undefined;
  return `Suggested length: about ${s.min !== undefined && s.min !== s.max ? `${s.min}–${s.max}` : s.max} words will be sufficient (guidance, not a limit).`;
}
