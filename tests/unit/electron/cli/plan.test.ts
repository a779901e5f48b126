import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WritingPlanView } from '../../../../core/plan/schema';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';

const FW = 'sc-rscitech';
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dir: string;
const cli = (...args: string[]) => runTechfolio(['--data-dir', dir, ...args]);
const planArgs = ['plan', '--sessions-per-week', '2', '--minutes', '30', '--days', 'tue,thu', '--time', '12:30', '--from', '2026-12-01'];

describe('techfolio plan', () => {
  beforeAll(async () => {
    temp = await makeTempDir('techfolio-plan-cli-');
    dir = path.join(temp.dir, 'data');
    const backend = await openTestBackend(dir, 'cli');
    await backend.api.saveProfile({ name: 'Siân Jones', targetRegistrations: [{ frameworkId: FW, targetDate: '2027-06-30' }] });
    await backend.api.saveStatement(FW, 'A1', 'I validated the autoclave cycle.');
    await backend.close();
  }, 60_000);
  afterAll(() => temp.remove());

  it('keeps the plan, writes one calendar event per session, and the plan shows progress when read again', async () => {
    const out = path.join(temp.dir, 'plan.ics');
    const run = await cli(...planArgs, '--out', out, '--json');
    expect(run).toMatchObject({ code: 0, err: '' });
    const view = JSON.parse(run.out) as WritingPlanView;
    expect(view.plan.sessions.flatMap((s) => s.codes)).not.toContain('A1');
    expect(view).toMatchObject({ done: 0, fits: true });
    const events = new ICAL.Component(ICAL.parse(await readFile(out, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).summary)).toEqual(view.plan.sessions.map((s) => `Write RSciTech ${s.codes.join(', ')}`));

    const backend = await openTestBackend(dir, 'cli');
    try {
      await backend.api.saveStatement(FW, view.plan.sessions[0]!.codes[0]!, 'I trained two new starters on the autoclave.');
      const again = await backend.api.getWritingPlan(FW);
      expect(again).toMatchObject({ planned: view.planned, done: 1 });
    } finally {
      await backend.close();
    }
  }, 60_000);

  it('plans sessions of the --minutes, --days, --time and --sessions-per-week given, and the calendar events have those times and lengths', async () => {
    const out = path.join(temp.dir, 'plan-45.ics');
    const run = await cli('plan', '--sessions-per-week', '3', '--minutes', '45', '--days', 'mon,wed,fri', '--time', '07:45', '--from', '2027-01-04', '--out', out, '--json');
    expect(run).toMatchObject({ code: 0, err: '' });
    const view = JSON.parse(run.out) as WritingPlanView;
    expect(view.plan.settings).toMatchObject({ sessionsPerWeek: 3, minutes: 45, days: ['mon', 'wed', 'fri'], time: '07:45', from: '2027-01-04' });
    expect(view.plan.sessions.every((s) => s.minutes === 45 && s.time === '07:45' && s.codes.length === 1)).toBe(true);
    // Read back with ical.js: the wall-clock time in this process's zone, written in UTC.
    const events = new ICAL.Component(ICAL.parse(await readFile(out, 'utf8'))).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(view.plan.sessions.length);
    for (const [i, event] of events.entries()) {
      const start = event.startDate.toJSDate();
      expect([start.getHours(), start.getMinutes()]).toEqual([7, 45]);
      expect((event.endDate.toJSDate().getTime() - start.getTime()) / 60_000).toBe(45);
      expect(['Mon', 'Wed', 'Fri']).toContain(start.toDateString().slice(0, 3));
      expect(start.toDateString()).toBe(new Date(`${view.plan.sessions[i]!.date}T07:45`).toDateString());
    }
    // Three a week: the first week's Monday, Wednesday and Friday, then the next Monday.
    expect(view.plan.sessions.slice(0, 4).map((s) => s.date)).toEqual(['2027-01-04', '2027-01-06', '2027-01-08', '2027-01-11']);
  }, 60_000);

  it('says when the plan misses the target date, and exits 1', async () => {
    // 13 criteria at one a week from May runs into August.
    const run = await cli(...planArgs.map((a) => (a === '2' ? '1' : a === '2026-12-01' ? '2027-05-01' : a)), '--framework', FW);
    expect(run.code).toBe(1);
    expect(run.out).toContain('This does not fit');
    expect(run.out).toContain('after your target of 30/06/2027');
  }, 60_000);

  it('refuses a day that is not one', async () => {
    const run = await cli('plan', '--sessions-per-week', '2', '--minutes', '30', '--days', 'tue,funday', '--time', '12:30');
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('"funday" is not a day');
  }, 60_000);
});
