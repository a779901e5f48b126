import { buildFrameworkRegistry, type FrameworkRegistry } from '../../../../core/frameworks/registry';
import { Activity } from '../../../../core/model/commitment';
import { Goal } from '../../../../core/model/career';
import type { Portfolio } from '../../../../core/model/portfolio';
import { TrainingRecord } from '../../../../core/model/training';
import { makeCpdRecord } from '../../../support/fixtures';
import { scienceCouncilRecord } from '../pack/cpd-reflections';
import { loadFramework, MapEvidence, makePortfolio } from '../pack/pack-fixtures';

const stamp = (day: string) => ({ createdAt: `${day}T09:00:00.000Z`, updatedAt: `${day}T09:00:00.000Z` });
const rsci = (code: string) => [{ frameworkId: 'sc-rscitech', code, note: '' }];

/** The review this fixture is made for: the last one on 1 April 2025, this one on 10 April 2026. */
export const REVIEW = { since: '2025-04-01', date: '2026-04-10' };

/**
 * The pack fixture's technician a year on: CPD before and since the last review (one since it
 * showing a criterion nothing showed before), a draft, goals of every status, training lapsed and
 * falling due, statements written and changed since, and Technician Commitment records.
 */
export function appraisalPortfolio(): Portfolio {
  const portfolio = makePortfolio(new MapEvidence());
  portfolio.cpd[0]!.mappings = rsci('A1'); // 25/03/2025: before the review
  const lcms = scienceCouncilRecord('LC-MS method validation', '2025-06-12', 14);
  lcms.mappings = rsci('C1');
  const students = scienceCouncilRecord('Supervising the summer students', '2025-09-01', 6);
  students.mappings = rsci('A1');
  portfolio.cpd.push(lcms, students, makeCpdRecord({ title: 'Unfinished notes on spectrometers', startDate: '2025-10-01', hours: 13.25, category: 'other', status: 'draft', mappings: rsci('D1') }));
  portfolio.training.push(
    TrainingRecord.parse({ id: 'training-fume', ...stamp('2024-03-01'), course: 'Fume cupboard face velocity testing', provider: 'LEV Services', completedDate: '2024-03-01', expiryDate: '2026-02-28' }),
    TrainingRecord.parse({ id: 'training-bsc', ...stamp('2023-06-15'), course: 'Biological safety cabinet use', completedDate: '2023-06-15', renewalMonths: 36 }),
    TrainingRecord.parse({ id: 'training-laser', ...stamp('2025-01-10'), course: 'Laser safety', completedDate: '2025-01-10', expiryDate: '2028-01-10' }),
  );
  portfolio.goals.push(
    Goal.parse({ id: 'goal-0001', ...stamp('2025-04-02'), objective: 'Submit the RSciTech application', measure: 'Application sent to IST', targetDate: '2026-09-30', status: 'in-progress' }),
    Goal.parse({ id: 'goal-0002', ...stamp('2026-04-01'), objective: 'Train two apprentices on the LC-MS', targetDate: '2027-03-31', status: 'not-started' }),
    Goal.parse({ id: 'goal-0003', ...stamp('2025-11-01'), objective: 'Write the autoclave SOP', status: 'achieved' }),
    Goal.parse({ id: 'goal-0004', ...stamp('2024-01-01'), objective: 'Old goal met long ago', status: 'achieved' }),
  );
  const [a1, b1] = portfolio.statements;
  a1!.updatedAt = '2025-12-01T10:00:00.000Z';
  a1!.versions = [{ text: 'An earlier draft.', savedAt: '2024-10-01T10:00:00.000Z' }];
  b1!.updatedAt = '2025-08-01T10:00:00.000Z';
  portfolio.statements.push({ frameworkId: 'sc-rscitech', code: 'C2', text: 'Written before the last review.', updatedAt: '2025-01-05T10:00:00.000Z', versions: [] });
  portfolio.activities.push(
    Activity.parse({ id: 'activity-1', ...stamp('2025-07-01'), kind: 'outreach', title: 'Science week at Ysgol Glan Taf', outreachType: 'school-visit', audienceSize: 60, date: '2025-07-01' }),
    Activity.parse({ id: 'activity-2', ...stamp('2025-11-20'), kind: 'recognition', title: 'Technician of the Year', scope: 'internal', outcome: 'shortlisted', date: '2025-11-20' }),
    Activity.parse({ id: 'activity-3', ...stamp('2025-10-01'), kind: 'people-developed', title: 'Two first-year apprentices', relationship: 'apprentice', support: 'trained', topic: 'Autoclave loading', startDate: '2025-10-01' }),
    Activity.parse({ id: 'activity-4', ...stamp('2025-05-01'), kind: 'role', title: 'Technician Commitment champion', roleType: 'champion', startDate: '2025-05-01' }),
  );
  return portfolio;
}

/** The registry with the framework the fixture aims for. */
export const fixtureRegistry = (portfolio: Portfolio): FrameworkRegistry =>
  buildFrameworkRegistry({ builtIn: [loadFramework('sc-rscitech')], imported: portfolio.importedFrameworks, overrides: portfolio.frameworkOverrides });
