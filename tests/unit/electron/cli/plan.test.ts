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
