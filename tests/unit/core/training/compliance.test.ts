import { describe, expect, it } from 'vitest';
import { TrainingRecord } from '../../../../core/model/training';
import { trainingCompliance } from '../../../../core/training/compliance';

let n = 0;
const training = (fields: Record<string, unknown>) =>
  TrainingRecord.parse({ id: `training-${String(++n).padStart(4, '0')}`, createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z', ...fields });

const date = '2026-04-10';

describe('trainingCompliance', () => {
  it('reports expired training and training due within 90 days, soonest first', () => {
    const result = trainingCompliance(
      [
        training({ course: 'Fume cupboards', completedDate: '2024-03-01', expiryDate: '2026-02-28' }),
        training({ course: 'Radiation safety', completedDate: '2023-04-10', renewalMonths: 36 }), // lapses today: still due, not expired
        training({ course: 'Cabinet use', completedDate: '2023-07-09', renewalMonths: 36 }), // 2026-07-09: day 90
        training({ course: 'Laser safety', completedDate: '2023-07-10', renewalMonths: 36 }), // day 91: not yet
        training({ course: 'Induction', completedDate: '2020-01-01' }), // never expires
      ],
      date,
    );
    expect(result.expired.map((s) => [s.record.course, s.status.date])).toEqual([['Fume cupboards', '2026-02-28']]);
    expect(result.dueSoon.map((s) => [s.record.course, s.status.date])).toEqual([
      ['Radiation safety', '2026-04-10'],
      ['Cabinet use', '2026-07-09'],
    ]);
  });

  it('judges a course by its latest completion, so a renewed course is not reported as expired', () => {
    const result = trainingCompliance(
      [training({ course: 'First aid at work', completedDate: '2022-05-01', expiryDate: '2025-05-01' }), training({ course: 'first aid at work ', completedDate: '2025-04-20', expiryDate: '2028-04-20' })],
      date,
    );
    expect(result).toEqual({ expired: [], dueSoon: [] });
  });
});
