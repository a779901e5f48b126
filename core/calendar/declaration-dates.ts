import type { CpdBodyId } from '../cpd-rules/schema';

export interface DeclarationDate {
  /** The body's name as a calendar entry shows it. */
  name: string;
  month: number;
  day: number;
  /** Where registrants are told about the declaration. */
  sourceUrl: string;
}

/**
 * The day each body's annual CPD declaration falls due, only where the body states one. A body
 * left out here gets no declaration entry: its CPD year's end is still in the calendar.
 */
export const declarationDates: Partial<Record<CpdBodyId, DeclarationDate>> = {
  'science-council': { name: 'Science Council', month: 12, day: 31, sourceUrl: 'https://sciencecouncil.org/registrants/meeting-your-annual-cpd-standards/' },
};
