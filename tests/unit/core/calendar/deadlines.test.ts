import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BOOK_BY_DAYS, buildDeadlinesCalendar, collectDeadlines, type DeadlineSources } from '../../../../core/calendar/deadlines';
import { foldLine } from '../../../../core/calendar/ical-text';
import { Profile } from '../../../../core/model/profile';

const STAMP = new Date('2026-05-01T08:00:00Z');
const TODAY = '2026-05-01';

const sources: DeadlineSources = {
  profile: Profile.parse({
    professionalBodies: [{ bodyId: 'ist' }],
    targetRegistrations: [{ frameworkId: 'sc-rscitech', targetDate: '2026-09-30' }, { frameworkId: 'sc-rsci' }],
    cpdTargets: [{ bodyId: 'ist', amount: 30, unit: 'hours' }],
  }),
  training: [
    { id: 'lasers', course: 'Laser safety; class 3B, 4', provider: 'University safety office', completedDate: '2024-03-04', renewalMonths: 36 },
    { id: 'induction', course: 'Induction', provider: '', completedDate: '2024-01-01' },
  ],
  goals: [
    { id: 'g1', objective: 'Run the autoclave validation', measure: 'Signed off by the lab manager', targetDate: '2026-07-15', status: 'in-progress' },
    { id: 'g2', objective: 'Learn qPCR', measure: '', targetDate: '2026-06-01', status: 'achieved' },
    { id: 'g3', objective: 'Mentor an apprentice', measure: '', status: 'not-started' },
  ],
  registrationName: (id) => ({ 'sc-rscitech': 'RSciTech', 'sc-rsci': 'RSci' })[id] ?? id,
};

const TRIGGER = /^-P(\d+D|T\d+H)$/;

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      alarms: vevent.getAllSubcomponents('valarm').map((a) => ({
        action: a.getFirstPropertyValue('action'),
        description: a.getFirstPropertyValue('description'),
        trigger: String(a.getFirstProperty('trigger')?.toICALString().split(':')[1]),
      })),
    };
  });
}

describe('the deadlines calendar, read back with ical.js', () => {
  const deadlines = collectDeadlines(sources, TODAY);
  const text = buildDeadlinesCalendar(deadlines, STAMP)!;
  const events = parse(text);
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('has one all-day event per deadline: renewal, booking day, declaration, open goal, registration, CPD year end', () => {
    expect(events.map((e) => [e.uid, e.start.toString()])).toEqual([
      ['goal-g1@techfolio.local', '2026-07-15'],
      ['registration-sc-rscitech@techfolio.local', '2026-09-30'],
      ['cpd-declaration-science-council-2026@techfolio.local', '2026-12-31'],
      ['cpd-year-end-2026-12-31@techfolio.local', '2026-12-31'],
      ['training-lasers-book-by@techfolio.local', '2027-02-02'],
      ['training-lasers@techfolio.local', '2027-03-04'],
    ]);
    for (const e of events) {
      // VALUE=DATE, with DTEND the following day: one whole day in every calendar and zone.
      expect(e.start.isDate).toBe(true);
      expect(e.end.isDate).toBe(true);
      expect(e.end.toJSDate().getTime() - e.start.toJSDate().getTime()).toBe(24 * 3600 * 1000);
      expect(e.summary.length).toBeGreaterThan(0);
      expect(e.description.length).toBeGreaterThan(0);
    }
    expect(byUid.get('training-lasers-book-by@techfolio.local')?.summary).toBe('Book renewal: Laser safety; class 3B, 4');
    expect(byUid.get('training-lasers@techfolio.local')?.description).toContain('Provider: University safety office.');
    expect(byUid.get('registration-sc-rscitech@techfolio.local')?.summary).toBe('Apply for RSciTech');
    expect(byUid.get('cpd-year-end-2026-12-31@techfolio.local')?.description).toContain('30 hours for');
    expect(byUid.get('goal-g1@techfolio.local')?.description).toContain('Signed off by the lab manager');
  });

  it('books renewals 30 days before the expiry', () => {
    const book = byUid.get('training-lasers-book-by@techfolio.local')!;
    const expiry = byUid.get('training-lasers@techfolio.local')!;
    expect(BOOK_BY_DAYS).toBe(30);
    expect(expiry.start.subtractDate(book.start).toSeconds()).toBe(30 * 24 * 3600);
  });

  it('gives every event at least one DISPLAY alarm with a description and a trigger RFC 5545 allows', () => {
    for (const e of events) {
      expect(e.alarms.length).toBeGreaterThan(0);
      for (const a of e.alarms) {
        expect(a.action).toBe('DISPLAY');
        expect(a.description).toBeTruthy();
        expect(a.trigger).toMatch(TRIGGER);
      }
    }
    expect(byUid.get('cpd-declaration-science-council-2026@techfolio.local')?.alarms.map((a) => a.trigger)).toEqual(['-P30D', '-PT24H']);
    expect(byUid.get('training-lasers-book-by@techfolio.local')?.alarms.map((a) => a.trigger)).toEqual(['-PT24H']);
    // The old form, a days duration ending in a bare T, never appears.
    expect(text).not.toMatch(/TRIGGER:[^\r\n]*T\r\n/);
    expect(text).not.toContain('-P30DT');
  });

  it('is CRLF text, folded at 75 octets, and keeps its UIDs from one export to the next', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const later = buildDeadlinesCalendar(collectDeadlines(sources, '2026-06-10'), new Date('2026-06-10T08:00:00Z'))!;
    expect(parse(later).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('folds without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'Łódź '.repeat(30)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'Łódź '.repeat(30)}`);
  });

  it('moves the declaration to next year once this year’s day has passed, and follows an academic CPD year', () => {
    const academic = { ...sources, profile: { ...sources.profile, cpdYear: 'academic' as const } };
    const uids = collectDeadlines(academic, '2027-01-02').map((d) => [d.uid, d.date]);
    expect(uids).toContainEqual(['cpd-declaration-science-council-2027@techfolio.local', '2027-12-31']);
    expect(uids).toContainEqual(['cpd-year-end-2027-07-31@techfolio.local', '2027-07-31']);
    expect(collectDeadlines(academic, '2027-08-01').find((d) => d.kind === 'cpd-year-end')?.date).toBe('2028-07-31');
  });

  it('has no declaration for a body that states no date, no year end for a membership year, and no file when nothing is due', () => {
    const iet = Profile.parse({ professionalBodies: [{ bodyId: 'iet' }], cpdYear: 'membership' });
    const none = collectDeadlines({ ...sources, profile: iet, training: [], goals: [] }, TODAY);
    expect(none).toEqual([]);
    expect(buildDeadlinesCalendar(none, STAMP)).toBeNull();
  });
});
