import { describe, expect, it } from 'vitest';
import { appraisalContent } from '../../../../core/appraisal/appraisal-content';
import { appraisalPortfolio, fixtureRegistry, REVIEW } from './appraisal-fixture';

describe('appraisal content', () => {
  const portfolio = appraisalPortfolio();
  const content = appraisalContent(portfolio, fixtureRegistry(portfolio), REVIEW);

  it('takes completed CPD since the last review, by category, and counts the draft left out', () => {
    expect(content.cpd.map((r) => r.title)).toEqual(['LC-MS method validation', 'Supervising the summer students', 'Mentoring Siân, a new apprentice']);
    expect(content.draftsLeftOut).toBe(1);
  });

  it('finds training expired and due within 12 months by the one renewal rule', () => {
    expect(content.training.expired.map((s) => s.record.course)).toEqual(['Fume cupboard face velocity testing']);
    // 36 months from 15/06/2023, and radiation safety 36 months from 01/02/2024: both within a year of 10/04/2026.
    expect(content.training.dueSoon.map((s) => [s.record.course, s.status.date])).toEqual([
      ['Radiation safety', '2027-02-01'],
      ['Biological safety cabinet use', '2026-06-15'],
    ].sort((a, b) => a[1]!.localeCompare(b[1]!)));
  });

  it('names criteria newly evidenced since the review (drafts never count) and statements written or changed', () => {
    const [register] = content.registers;
    expect(register!.name).toBe('Registered Science Technician (RSciTech)');
    expect(register!.newlyEvidenced.map((c) => c.code)).toEqual(['C1']);
    expect(register!.evidencedBefore).toBe(1);
    expect(register!.evidencedNow).toBe(2);
    expect(register!.statements.map((s) => [s.code, s.change])).toEqual([
      ['A1', 'changed'],
      ['B1', 'written'],
    ]);
  });

  it('reviews open goals and those closed since, and proposes the ones not started', () => {
    expect(content.objectives.map((g) => [g.objective, g.status])).toEqual([
      ['Submit the RSciTech application', 'In progress'],
      ['Train two apprentices on the LC-MS', 'Not started'],
      ['Write the autoclave SOP', 'Achieved'],
    ]);
    expect(content.proposedGoals.map((g) => g.objective)).toEqual(['Train two apprentices on the LC-MS']);
  });

  it('gathers visibility, recognition, people trained and outreach since the review', () => {
    expect(content.commitment.map((k) => [k.kind, k.activities.length])).toEqual([
      ['role', 1],
      ['recognition', 1],
      ['people-developed', 1],
      ['outreach', 1],
    ]);
  });
});
