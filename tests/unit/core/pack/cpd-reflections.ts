import type { CpdRecord } from '../../../../core/model/cpd-record';
import { makeCpdRecord } from '../../../support/fixtures';

/** A long answer whose every sentence is numbered, so a missing line shows which one. */
export const longAnswer = (topic: string, sentences: number): string =>
  Array.from({ length: sentences }, (_, i) => `${topic} point ${i + 1}: I now check the balance calibration log and the spill kit before each practical session.`).join(' ');

/** A completed Science Council record with three long answers and a description and outcomes. */
export function scienceCouncilRecord(title: string, startDate: string, hours: number, sentences = 25): CpdRecord {
  return makeCpdRecord({
    title,
    startDate,
    hours,
    category: 'formal',
    description: `Description of ${title}: a two-day course run by the instrument maker.`,
    outcomes: `Outcomes of ${title}: the department's LC-MS method file was rewritten.`,
    reflection: {
      model: 'science-council',
      answers: {
        'what-i-did': longAnswer(`${title} did`, sentences),
        'benefit-to-practice': longAnswer(`${title} practice`, sentences),
        'benefit-to-users': longAnswer(`${title} users`, sentences),
      },
    },
  });
}

/** A PDF's text (PdfFile.text) as one line of words, with the "continued" markers of page breaks taken out. */
export const flatText = (text: string, titles: readonly string[] = []): string => {
  let flat = text.replace(/\f/g, ' ').replace(/\s+/g, ' ');
  for (const title of titles) flat = flat.split(`${title} (continued) `).join('');
  return flat;
};
