import { describe, expect, it } from 'vitest';
import { CREDIT_ROLES, CreditRoleId } from '../../../../core/commitment/credit-roles';
import { Activity, ActivityInput } from '../../../../core/model/commitment';
import { Portfolio } from '../../../../core/model/portfolio';

const paper = { kind: 'research-output', title: 'Cryo-EM of a membrane transporter', outputType: 'paper', credit: 'author', date: '2026-03-01' } as const;
const messages = (value: unknown) => {
  const result = ActivityInput.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Technician Commitment record schemas', () => {
  it('lists the 14 CRediT roles with unique ids, and refuses a role outside them', () => {
    expect(CREDIT_ROLES).toHaveLength(14);
    expect(new Set(CREDIT_ROLES.map((r) => r.id)).size).toBe(14);
    expect(CreditRoleId.safeParse('investigation').success).toBe(true);
    expect(CreditRoleId.safeParse('coffee').success).toBe(false);
  });

  it.each(['10.1038/s41586-020-2649-2', 'doi:10.5281/zenodo.123456', 'https://doi.org/10.1000/xyz123', ''])('accepts the DOI "%s" and keeps it as written', (doi) => {
    const parsed = ActivityInput.parse({ ...paper, doi });
    expect(parsed).toMatchObject({ doi });
  });

  it.each(['11.1234/abc', '10.12/short-registrant', 'not a doi', '10.1234'])('refuses the malformed DOI "%s" with what a DOI looks like', (doi) => {
    expect(messages({ ...paper, doi })).toEqual([expect.stringMatching(/^doi: A DOI looks like 10\.1234/)]);
  });

  it('fills defaults: no DOI, no roles, no evidence, no mappings', () => {
    expect(ActivityInput.parse(paper)).toMatchObject({ doi: '', reference: '', creditRoles: [], evidenceIds: [], mappings: [] });
  });

  it.each([
    { kind: 'role', title: 'Technician network lead', roleType: 'network', startDate: '2026-05-01', endDate: '2026-04-01' },
    { kind: 'secondment', title: 'Six months with the imaging facility', secondmentType: 'secondment', startDate: '2026-05-01', endDate: '2025-01-01' },
    { kind: 'people-developed', title: 'Two apprentices', relationship: 'apprentice', support: 'mentored', startDate: '2026-05-01', endDate: '2026-01-01' },
  ])('refuses a $kind that ends before it starts, at endDate', (record) => {
    expect(messages(record)).toEqual(['endDate: The end date is before the start date.']);
  });

  it('refuses an audience size that is not a whole number', () => {
    expect(messages({ kind: 'outreach', title: 'Open day', outreachType: 'open-day', date: '2026-06-01', audienceSize: 12.5 })).toEqual([
      'audienceSize: Enter the audience size as a whole number.',
    ]);
  });

  it('checks each kind against its own fields: a recognition needs an outcome', () => {
    expect(messages({ kind: 'recognition', title: 'Technician of the year', scope: 'internal', date: '2026-06-01' })).toEqual([expect.stringMatching(/^outcome:/)]);
  });

  it('names the kinds when a record has none it knows', () => {
    expect(messages({ kind: 'holiday', title: 'x' })[0]).toMatch(/research-output, outreach, recognition, role, secondment, people-developed/);
  });

  it('stores records with id and timestamps, and an older portfolio without them gets empty lists', () => {
    const stored = Activity.parse({ ...paper, id: 'activity-0001', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' });
    expect(stored.kind).toBe('research-output');
    expect(Portfolio.parse({})).toMatchObject({ activities: [], competenceRatings: [] });
  });
});
