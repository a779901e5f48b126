import { describe, expect, it } from 'vitest';
import { Goal } from '../../../../core/model/career';
import { Profile } from '../../../../core/model/profile';
import { TrainingRecord } from '../../../../core/model/training';
import { dueNotices, msUntilNextCheck, noticesToShow, startDailyChecks } from '../../../../core/notifications/due-notices';

const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const sources = {
  profile: Profile.parse({ cpdYear: 'calendar', professionalBodies: [{ bodyId: 'ist', name: 'Institute of Science and Technology' }] }),
  training: [
    TrainingRecord.parse({ ...stamp, id: 'training-first-aid', course: 'First aid at work', completedDate: '2023-12-10', expiryDate: '2026-12-10' }),
    TrainingRecord.parse({ ...stamp, id: 'training-laser-xx', course: 'Laser safety', completedDate: '2024-01-15', expiryDate: '2027-01-15' }),
    TrainingRecord.parse({ ...stamp, id: 'training-far-away', course: 'Manual handling', completedDate: '2026-01-10', expiryDate: '2029-01-10' }),
  ],
  goals: [
    Goal.parse({ ...stamp, id: 'goal-000001', objective: 'Write the autoclave SOP', targetDate: '2026-12-08', status: 'in-progress' }),
    Goal.parse({ ...stamp, id: 'goal-000002', objective: 'Already done', targetDate: '2026-12-08', status: 'achieved' }),
  ],
  registrationName: (id: string) => id,
};

describe('what falls due', () => {
  const notices = dueNotices(sources, '2026-12-05');

  it('lists deadlines from today to a week ahead, each with the screen that deals with it', () => {
    expect(notices.map((n) => [n.title, n.date, n.route])).toEqual(
      expect.arrayContaining([
        ['Goal due: Write the autoclave SOP', '2026-12-08', '/profile'],
        ['Renew: First aid at work', '2026-12-10', '/training'],
      ]),
    );
    // Laser safety's book-by day is 16/12/2026: 11 days away, not yet. Manual handling is years off; the achieved goal has no deadline.
    expect(notices.map((n) => n.title).join('\n')).not.toMatch(/Laser safety|Manual handling|Already done/);
    expect(notices.find((n) => n.title === 'Renew: First aid at work')!.body).toMatch(/^Due in 5 days, on 10\/12\/2026\. /);
  });

  it('includes the CPD year end and says "today" and "tomorrow"', () => {
    const atYearEnd = dueNotices(sources, '2026-12-30');
    const yearEnd = atYearEnd.find((n) => n.route === '/cpd');
    expect(yearEnd?.date).toBe('2026-12-31');
    expect(yearEnd?.body).toMatch(/^Due tomorrow\. /);
    expect(dueNotices(sources, '2026-12-10').find((n) => n.title === 'Renew: First aid at work')?.body).toMatch(/^Due today\. /);
  });

  it('shows each notice once a day, and again the next day', () => {
    const first = noticesToShow(notices, {}, '2026-12-05');
    expect(first.show).toEqual(notices);
    const again = noticesToShow(notices, first.shown, '2026-12-05');
    expect(again.show).toEqual([]);
    const tomorrow = noticesToShow(dueNotices(sources, '2026-12-06'), again.shown, '2026-12-06');
    expect(tomorrow.show.length).toBeGreaterThan(0);
    expect(Object.values(tomorrow.shown).every((day) => day === '2026-12-06')).toBe(true);
  });
});

describe('the daily check', () => {
  it('waits until 09:00 local time, today if it is still ahead, else tomorrow', () => {
    expect(msUntilNextCheck(new Date(2026, 11, 5, 8, 30))).toBe(30 * 60_000);
    expect(msUntilNextCheck(new Date(2026, 11, 5, 9, 0))).toBe(24 * 3_600_000);
    expect(msUntilNextCheck(new Date(2026, 11, 5, 21, 0))).toBe(12 * 3_600_000);
  });

  it('checks at once, then at each next check hour, until stopped', async () => {
    let clock = new Date(2026, 11, 5, 14, 0);
    const timers: { run: () => void; ms: number }[] = [];
    const checks: string[] = [];
    const stop = startDailyChecks({
      now: () => clock,
      check: async () => void checks.push(clock.toString()),
      setTimer: (run, ms) => timers.push({ run, ms }),
      clearTimer: () => (timers.length = 0),
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(checks).toHaveLength(1);
    expect(timers.at(-1)!.ms).toBe(19 * 3_600_000);
    clock = new Date(2026, 11, 6, 9, 0);
    timers.at(-1)!.run();
    await Promise.resolve();
    await Promise.resolve();
    expect(checks).toHaveLength(2);
    expect(timers.at(-1)!.ms).toBe(24 * 3_600_000);
    stop();
    expect(timers).toHaveLength(0);
  });

  it('keeps the schedule when a check fails', async () => {
    const timers: number[] = [];
    startDailyChecks({ now: () => new Date(2026, 11, 5, 10, 0), check: async () => Promise.reject(new Error('locked')), setTimer: (_run, ms) => timers.push(ms), clearTimer: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(timers).toEqual([23 * 3_600_000]);
  });
});
