import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dir: string;
const cli = (...args: string[]) => runTechfolio(['--data-dir', dir, ...args]);

describe('techfolio calendar', () => {
  beforeAll(async () => {
    temp = await makeTempDir('techfolio-calendar-cli-');
    dir = path.join(temp.dir, 'data');
    const backend = await openTestBackend(dir, 'cli');
    await backend.api.saveProfile({ name: 'Siân Jones', targetRegistrations: [{ frameworkId: 'sc-rscitech', targetDate: '2099-06-30' }] });
    await backend.api.addTraining({ course: 'Laser safety', provider: '', completedDate: '2098-03-04', expiryDate: '2099-03-04' });
    await backend.close();
  }, 60_000);
  afterAll(() => temp.remove());

  it('writes every deadline as an all-day event with valid alarms', async () => {
    const out = path.join(temp.dir, 'deadlines.ics');
    const run = await cli('calendar', '--out', out);
    expect(run).toMatchObject({ code: 0, err: '' });
    const text = await readFile(out, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(expect.arrayContaining(['Book renewal: Laser safety', 'Renew: Laser safety', 'Apply for RSciTech', 'End of your CPD year']));
    expect(run.out).toContain(`Wrote ${events.length} deadlines to ${out}.`);
    for (const e of events) expect(e.startDate.isDate).toBe(true);
    expect(text.match(/^TRIGGER:[^\r\n]*/gm)?.every((t) => /^TRIGGER:-P(\d+D|T\d+H)$/.test(t))).toBe(true);
  });

  it('refuses a file name that is not .ics', async () => {
    const run = await cli('calendar', '--out', path.join(temp.dir, 'deadlines.txt'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('ending in .ics');
  });
});
