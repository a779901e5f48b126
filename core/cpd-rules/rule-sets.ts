import type { CpdBodyId, CpdRuleSet } from './schema';

/**
 * Each body's CPD requirement as data. The figures come from the bodies' own pages (see each
 * sourceUrl); where a body states no figure, no figure is invented.
 */
export const cpdRuleSets: readonly CpdRuleSet[] = [
  {
    bodyId: 'science-council',
    name: 'Science Council CPD standards (2022)',
    sourceUrl: 'https://sciencecouncil.org/your-career-in-science/youre-registered-what-next',
    note: 'The Science Council sets no minimum hours or points; the standards are about the record, its mixture and its reflection.',
    rules: [
      { kind: 'records-present', id: 'sc-record', title: 'A continuous record (standard 1)', description: 'At least one completed CPD record in the period.', minimum: 1 },
      {
        kind: 'category-spread',
        id: 'sc-mixture',
        title: 'A mixture of activities (standard 2)',
        description: 'Activities in at least three of the five categories; two only in exceptional circumstances.',
        scheme: 'science-council',
        minimum: 3,
        exceptionalMinimum: 2,
      },
      {
        kind: 'reflection-benefit',
        id: 'sc-benefit',
        title: 'Benefit to practice and to users, reflected on (standards 3 and 4)',
        description: 'Every record reflects on how the activity benefited your practice and the users of your work.',
      },
    ],
  },
  {
    bodyId: 'engineering-council',
    name: 'Engineering Council CPD Code for Registrants',
    sourceUrl: 'https://www.engc.org.uk/cpd',
    note: 'The Code sets no minimum hours. These checks cover points 1, 3, 4 and 5 of the Code.',
    rules: [
      { kind: 'development-plan', id: 'engc-plan', title: 'A development plan (point 1)', description: 'At least one development goal that is not dropped.' },
      { kind: 'records-present', id: 'engc-record', title: 'CPD recorded (point 3)', description: 'At least one completed CPD record in the period.', minimum: 1 },
      { kind: 'reflection-present', id: 'engc-reflection', title: 'Reflections recorded (point 4)', description: 'Every record has a written reflection.', minimumWords: 20 },
      {
        kind: 'evaluation-against-objectives',
        id: 'engc-evaluation',
        title: 'Evaluation against objectives (point 5)',
        description: 'Records are linked to development goals, and each linked record says what it achieved.',
      },
    ],
  },
  {
    bodyId: 'rsb',
    name: 'Royal Society of Biology CPD points',
    sourceUrl: 'https://www.rsb.org.uk/careers-and-cpd/cpd',
    note: 'The RSB asks for 50 points a year, with 1 to 3 points for each hour of activity.',
    rules: [
      { kind: 'points-per-hour', id: 'rsb-rate', title: 'Points per hour', description: 'Each record claims between 1 and 3 points for each hour.', minimum: 1, maximum: 3 },
      { kind: 'points-per-year', id: 'rsb-total', title: '50 points a year', description: 'At least 50 points a year, prorated over the period.', perYear: 50, minimumPerHour: 1, maximumPerHour: 3 },
    ],
  },
  {
    bodyId: 'iet',
    name: 'IET recommended CPD hours',
    sourceUrl: 'https://www.theiet.org/career/professional-development/continuing-professional-development/what-is-cpd/',
    note: 'The IET recommends at least 30 hours a year for professionally active members; registrants also follow the Engineering Council Code.',
    rules: [{ kind: 'hours-per-year', id: 'iet-hours', title: 'About 30 hours a year', description: 'At least 30 hours a year, prorated over the period.', perYear: 30 }],
  },
  {
    bodyId: 'hcpc',
    name: 'HCPC CPD record',
    sourceUrl: 'http://www.hcpc-uk.org/registrants/cpd/standards/',
    note: 'HCPC audits ask for a dated list of activities and an explanation of any gap of three months or more.',
    rules: [
      { kind: 'records-present', id: 'hcpc-record', title: 'A continuous record', description: 'At least one completed CPD record in the period.', minimum: 1 },
      { kind: 'no-long-gaps', id: 'hcpc-gaps', title: 'No unexplained gap of 3 months or more', description: 'No stretch of three months or more without an activity or an explanation.', months: 3 },
    ],
  },
];

export function findCpdRuleSet(bodyId: CpdBodyId | string): CpdRuleSet | undefined {
  return cpdRuleSets.find((set) => set.bodyId === bodyId);
}
