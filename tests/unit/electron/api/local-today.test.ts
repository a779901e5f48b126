import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../../core/format/today';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

/** The calendar day at `moment` in `zone`, worked out independently of the code under test. */
const dayIn = (zone: string, moment: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);

const ZONES = ['Europe/London', 'Pacific/Auckland', 'America/Los_Angeles'];
const MOMENTS = [
  // 00:30 BST on 16 July: UTC is still the 15th.
  new Date('2025-07-15T23:30:00Z'),
  // Half an hour before midnight BST.
  new Date('2025-07-15T22:30:00Z'),
  // The night the clocks go back in the UK (26 October 2025, 02:00 BST → 01:00 GMT).
  new Date('2025-10-26T00:30:00Z'),
  new Date('2025-10-26T01:30:00Z'),
  // The night they go forward (30 March 2025, 01:00 GMT → 02:00 BST), and Auckland's change (6 April 2025).
  new Date('2025-03-30T00:30:00Z'),
  new Date('2025-04-05T13:30:00Z'),
];

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('localToday', () => {
  it.each(ZONES)('gives the calendar day in %s, across midnight and the clock changes', (zone) => {
    process.env.TZ = zone;
    for (const moment of MOMENTS) expect(localToday(moment), `${moment.toISOString()} in ${zone}`).toBe(dayIn(zone, moment));
  });
});

describe.each(ZONES)('dates the backend fills in, in %s', (zone) => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let clock = MOMENTS[0]!;
  beforeEach(async () => {
    process.env.TZ = zone;
    temp = await makeTempDir();
    backend = await openTestBackend(temp.dir, 'cli', { now: () => clock });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it.each(MOMENTS.map((m) => [m.toISOString(), m] as const))('at %s a note and a file added together are both dated the user’s day', async (_label, moment) => {
    clock = moment;
    const today = dayIn(zone, moment);
    const note = await backend.api.addEvidenceNote({ title: 'Observation', note: 'Watched me calibrate the balance.', description: '', mappings: [] });
    const file = await backend.api.addEvidenceFile({ fileName: 'notes.txt', dataBase64: Buffer.from('Calibration log').toString('base64'), description: '', mappings: [] });
    expect(note.date).toBe(today);
    expect(file.item.date).toBe(today);
  });

  it('coverage is as of the user’s day, the CPD audit ends on it, and made files are named with it', async () => {
    clock = MOMENTS[0]!;
    const today = dayIn(zone, clock);
    expect((await backend.api.getCoverage('sc-rscitech')).asOf).toBe(today);
    const [rules] = await backend.api.listCpdRuleSets();
    expect((await backend.api.evaluateCpdRules(rules!.bodyId)).period.to).toBe(today);
    expect((await backend.api.exportStatementsText('sc-rscitech')).fileName).toContain(today);
  });
});
