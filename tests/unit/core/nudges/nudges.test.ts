import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatUkDate } from '../../../../core/format/uk-date';
import { CpdRecord } from '../../../../core/model/cpd-record';
import { Profile } from '../../../../core/model/profile';
import { nudgesFor, type NudgeInputs } from '../../../../core/nudges/nudges';

const STAMP = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
let n = 0;
const record = (startDate: string, extra: Partial<CpdRecord> = {}) =>
  CpdRecord.parse({ id: `cpd-record-${String(++n).padStart(4, '0')}`, title: `Activity ${n}`, type: 'course', startDate, hours: 1, ...STAMP, ...extra });

const names = (id: string) => (id === 'sc-rscitech' ? 'RSciTech' : id);
const inputs = (over: Partial<NudgeInputs>): NudgeInputs => ({ profile: Profile.parse({}), records: [], statements: [], today: '2026-05-01', registrationName: names, ...over });
const kinds = (over: Partial<NudgeInputs>) => nudgesFor(inputs(over)).map((x) => x.kind);

// Statement times are UTC instants and the day that counts is the user's: test in a zone an hour ahead of UTC in summer.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('no CPD logged for six weeks', () => {
  it('nudges from the 42nd day after the last activity, not the 41st, and links to logging CPD', () => {
    expect(kinds({ records: [record('2026-03-21')], today: '2026-05-01' })).toEqual([]); // 41 days
    const [nudge] = nudgesFor(inputs({ records: [record('2026-03-20')], today: '2026-05-01' })); // 42 days
    expect(nudge).toMatchObject({ kind: 'quiet-cpd', action: { href: '/cpd/new', label: 'Log CPD' } });
    expect(nudge?.message).toContain('6 weeks');
    expect(nudge?.message).toContain(formatUkDate('2026-03-20'));
  });

  it('counts from an activity’s end date, ignores drafts and planned activities, takes another number of weeks, and is silent with nothing logged', () => {
    expect(kinds({ records: [record('2026-01-05', { endDate: '2026-04-01' })] })).toEqual([]);
    expect(kinds({ records: [record('2026-03-01'), record('2026-04-30', { status: 'draft' }), record('2026-06-01')] })).toEqual(['quiet-cpd']);
    expect(kinds({ records: [record('2026-04-10')], quietWeeks: 3 })).toEqual(['quiet-cpd']);
    expect(kinds({ records: [record('2026-04-11')], quietWeeks: 3 })).toEqual([]);
    expect(kinds({ records: [] })).toEqual([]);
  });
});

describe('CPD year ending with hours below the target', () => {
  const profile = Profile.parse({ professionalBodies: [{ bodyId: 'ist', name: 'IST' }], cpdTargets: [{ bodyId: 'ist', amount: 30, unit: 'hours' }] });
  // Quiet spells are another rule's business: only this rule's nudges are looked at here.
  const yearEnd = (over: Partial<NudgeInputs>) => kinds(over).filter((k) => k === 'year-end-shortfall');
  const logged = [record('2026-10-01', { hours: 20 }), record('2025-12-01', { hours: 20 })];

  it('nudges 60 days before 31 December, not 61, counting only this CPD year', () => {
    expect(yearEnd({ profile, records: logged, today: '2026-10-31' })).toEqual([]); // 61 days left
    const [nudge] = nudgesFor(inputs({ profile, records: logged, today: '2026-11-01' })).filter((x) => x.kind === 'year-end-shortfall'); // 60 days left
    expect(nudge).toMatchObject({ kind: 'year-end-shortfall', action: { href: '/cpd/new' } });
    expect(nudge?.message).toContain(`in 60 days (${formatUkDate('2026-12-31')})`);
    expect(nudge?.message).toContain('20 hours of the 30');
    expect(nudge?.message).toContain('IST');
    expect(yearEnd({ profile, records: logged, today: '2026-12-31' })).toEqual(['year-end-shortfall']);
    expect(yearEnd({ profile, records: logged, today: '2027-01-01' })).toEqual([]);
  });

  it('is silent once the target is met, and follows an academic year', () => {
    expect(yearEnd({ profile, records: [...logged, record('2026-11-20', { hours: 10 })], today: '2026-12-01' })).toEqual([]);
    const academic = { ...profile, cpdYear: 'academic' as const };
    expect(yearEnd({ profile: academic, records: [record('2026-05-20', { hours: 5 })], today: '2026-06-01' })).toEqual(['year-end-shortfall']); // 60 days to 31 July
    expect(yearEnd({ profile: academic, records: [record('2026-05-20', { hours: 5 })], today: '2026-11-01' })).toEqual([]);
  });
});

describe('statements untouched while a registration date approaches', () => {
  const profile = Profile.parse({ targetRegistrations: [{ frameworkId: 'sc-rscitech', targetDate: '2026-07-30' }] });
  const statement = (updatedAt: string) => ({ frameworkId: 'sc-rscitech', updatedAt });

  it('nudges within 90 days of the target date, not 91, and links to the framework', () => {
    const old = [statement('2026-01-10T10:00:00.000Z')];
    expect(kinds({ profile, statements: old, today: '2026-04-30' })).toEqual([]); // 91 days
    const [nudge] = nudgesFor(inputs({ profile, statements: old, today: '2026-05-01' })); // 90 days
    expect(nudge).toMatchObject({ kind: 'statements-idle', action: { href: '/frameworks/sc-rscitech', label: 'Work on your RSciTech statements' } });
    expect(nudge?.message).toContain('RSciTech');
    expect(kinds({ profile, statements: old, today: '2026-07-31' })).toEqual([]); // the date has passed
  });

  it('counts a month by the user’s local day: an edit just after midnight BST on 1 April is a month old on 1 May', () => {
    // 23:30 UTC on 31 March is 00:30 on 1 April in London.
    expect(kinds({ profile, statements: [statement('2026-03-31T23:30:00.000Z')], today: '2026-05-01' })).toEqual(['statements-idle']);
    expect(kinds({ profile, statements: [statement('2026-04-01T23:30:00.000Z')], today: '2026-05-01' })).toEqual([]);
  });

  it('treats no statements as untouched, and ignores other frameworks’ statements and registrations without a date', () => {
    expect(nudgesFor(inputs({ profile, today: '2026-05-01' }))[0]?.message).toContain('not started your statements');
    expect(kinds({ profile, statements: [{ frameworkId: 'sc-rsci', updatedAt: '2026-04-30T10:00:00.000Z' }] })).toEqual(['statements-idle']);
    expect(kinds({ profile: Profile.parse({ targetRegistrations: [{ frameworkId: 'sc-rscitech' }] }) })).toEqual([]);
  });
});
