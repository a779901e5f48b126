import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, isActivityKind } from '../../../../core/commitment/record-types';
import { filterActivities } from '../../../../core/commitment/search';
import { Activity } from '../../../../core/model/commitment';
import { ONE_OF_EACH } from '../../../support/commitment-fixtures';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const all = ONE_OF_EACH.map((a, i) => Activity.parse({ ...a, id: `activity-000${i}`, ...stamp }));
const titles = (list: Activity[]) => list.map((a) => a.title);

describe('filterActivities, for the CPD log\'s type filter', () => {
  it('lists the CPD log\'s record types: CPD first, then the six kinds', () => {
    expect(RECORD_TYPES.map((t) => t.id)).toEqual(['cpd', 'research-output', 'outreach', 'recognition', 'role', 'secondment', 'people-developed']);
    expect(isActivityKind('outreach')).toBe(true);
    expect(isActivityKind('cpd')).toBe(false);
  });

  it('keeps one kind', () => {
    expect(titles(filterActivities(all, { kind: 'recognition' }))).toEqual(['Technician of the Year']);
  });

  it('matches every word in any of the record\'s text, ignoring case', () => {
    expect(titles(filterActivities(all, { text: 'ASEPTIC apprentices' }))).toEqual(['Two laboratory apprentices']);
    expect(filterActivities(all, { text: 'aseptic zebrafish' })).toEqual([]);
  });

  it('keeps dated records in the range, and periods that overlap it, including an open-ended role', () => {
    expect(titles(filterActivities(all, { from: '2026-03-01', to: '2026-03-31' }))).toEqual(['Microscopes in the classroom', 'Two laboratory apprentices', 'Technician Commitment steering group member']);
    expect(titles(filterActivities(all, { to: '2025-02-01' }))).toEqual(['Imaging facility secondment']);
  });
});
