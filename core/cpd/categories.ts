/**
 * CPD category schemes as data. A CPD record's `category` holds one category id from a scheme;
 * the Science Council's five are the default, because its CPD standard 2 is judged on them.
 */
export interface CpdCategory {
  id: string;
  /** The body's own label or numbering, where it has one ("S2.1"). */
  code?: string;
  label: string;
  /** Typical activities, in our own words. */
  examples: string;
}

export interface CpdCategoryScheme {
  id: string;
  name: string;
  body: string;
  sourceUrl: string;
  categories: readonly CpdCategory[];
}

export const scienceCouncilCategories: CpdCategoryScheme = {
  id: 'science-council',
  name: 'Science Council CPD activity types',
  body: 'Science Council',
  sourceUrl: 'https://www.tfaforms.com/5097343',
  categories: [
    { id: 'work-based', code: 'S2.1', label: 'Work-based learning', examples: 'Learning on the job: supervising staff or students, taking on new duties, reflecting on your practice.' },
    { id: 'professional', code: 'S2.2', label: 'Professional activity', examples: 'Professional body work, committees, mentoring, organising or speaking at events.' },
    { id: 'formal', code: 'S2.3', label: 'Formal / educational', examples: 'Courses, further study, training, writing articles or papers.' },
    { id: 'self-directed', code: 'S2.4', label: 'Self-directed learning', examples: 'Reading journals, reviewing books or articles, online learning you chose yourself.' },
    { id: 'other', code: 'S2.5', label: 'Other', examples: 'Voluntary work, public service and other learning outside work.' },
  ],
};

/** The IET's reminder of what counts as CPD ("TWAVES"); a second scheme for engineering registrants. */
export const ietTwavesCategories: CpdCategoryScheme = {
  id: 'iet-twaves',
  name: 'IET TWAVES',
  body: 'Institution of Engineering and Technology',
  sourceUrl: 'https://www.theiet.org/career/professional-development/continuing-professional-development/what-is-cpd/',
  categories: [
    { id: 'training', code: 'T', label: 'Training courses', examples: 'Courses, workshops and certificated training.' },
    { id: 'work-experience', code: 'W', label: 'Work experience', examples: 'New tasks, secondments and projects that stretched you.' },
    { id: 'academic', code: 'A', label: 'Academic study', examples: 'Degrees, diplomas and other formal study.' },
    { id: 'volunteering', code: 'V', label: 'Volunteering', examples: 'STEM outreach, committee work, helping others develop.' },
    { id: 'events', code: 'E', label: 'Events and seminars', examples: 'Conferences, lectures, seminars and trade shows.' },
    { id: 'self-study', code: 'S', label: 'Self-study', examples: 'Reading, online learning and research you did yourself.' },
  ],
};

export const cpdCategorySchemes: readonly CpdCategoryScheme[] = [scienceCouncilCategories, ietTwavesCategories];

export const DEFAULT_CATEGORY_SCHEME_ID = scienceCouncilCategories.id;

export function findCategoryScheme(id: string): CpdCategoryScheme | undefined {
  return cpdCategorySchemes.find((scheme) => scheme.id === id);
}
