import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanCalendar, PLAN_REMINDER_MINUTES } from '../../../../core/plan/plan-calendar';
import { makeWritingPlan } from '../../../../core/plan/plan-view';
import { PlanSettings } from '../../../../core/plan/schema';
import { criterionWording } from '../../../../core/frameworks/criterion-wording';
import { emptyPortfolio } from '../../../../core/model/portfolio';
import { loadFramework } from '../pack/pack-fixtures';

const framework = loadFramework('sc-rscitech');
const stamp = { id: 'plan-000001', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' };

// The plan's times are the user's wall-clock times: checked in a zone that changes to summer time mid-plan.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the writing plan as iCalendar, read back with ical.js', () => {
  it('has one timed event per session, at 12:30 London time on either side of the clock change, naming its criteria, with a valid alarm', () => {
    const settings = PlanSettings.parse({ frameworkId: framework.id, sessionsPerWeek: 2, minutes: 45, days: ['tue', 'thu'], time: '12:30', from: '2026-03-17' });
    const plan = makeWritingPlan(emptyPortfolio(), framework, settings, stamp);
    const text = buildPlanCalendar(plan, framework, [])!;
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(plan.sessions.length);
    expect(plan.sessions.length).toBeGreaterThan(4);

    events.forEach((vevent, i) => {
      const session = plan.sessions[i]!;
      const event = new ICAL.Event(vevent);
      // Written in UTC with Z: 11:30Z in summer (BST), 12:30Z in winter (GMT).
      expect(event.startDate.zone?.tzid).toBe('UTC');
      const summer = session.date >= '2026-03-29';
      expect(event.startDate.toString()).toBe(`${session.date}T${summer ? '11' : '12'}:30:00Z`);
      // DTEND, not DURATION: every calendar shows the end it was given.
      expect(vevent.getFirstPropertyValue('duration')).toBeNull();
      expect(vevent.getFirstProperty('dtend')!.toICALString()).toBe(`DTEND:${session.date.replaceAll('-', '')}T${summer ? '12' : '13'}1500Z`);
      expect(event.summary).toBe(`Write RSciTech ${session.codes.join(', ')}`);
      for (const code of session.codes) expect(event.description).toContain(`${code}: ${criterionWording(framework, code, []).heading}`);

      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const alarm = alarms[0]!;
      // RFC 5545 3.6.6: a DISPLAY alarm needs ACTION, TRIGGER and DESCRIPTION.
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toSeconds()).toBe(-PLAN_REMINDER_MINUTES * 60);
      expect(String(alarm.getFirstPropertyValue('description'))).toContain(session.codes[0]!);
    });
    expect(plan.sessions.some((s) => s.date < '2026-03-29') && plan.sessions.some((s) => s.date >= '2026-03-29')).toBe(true);
  });

  it('makes no file for a plan with nothing left to write', () => {
    const plan = { ...stamp, settings: PlanSettings.parse({ frameworkId: framework.id, sessionsPerWeek: 1, minutes: 30, days: ['mon'], time: '09:00', from: '2026-03-02' }), sessions: [] };
    expect(buildPlanCalendar(plan, framework, [])).toBeNull();
  });
});
