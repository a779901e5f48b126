import { describe, expect, it } from 'vitest';
import { buildTrainingCalendar } from '../../../../core/calendar/training-ics';

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('buildTrainingCalendar', () => {
  it('adds an all-day event on each renewal date, and one 30 days before to book the renewal by', () => {
    const ics = unfold(
      buildTrainingCalendar([
        { id: 'lasers', course: 'Laser safety', provider: 'University safety office', completedDate: '2024-03-04', renewalMonths: 36 },
        { id: 'first-aid', course: 'First aid at work', provider: '', completedDate: '2023-09-10', expiryDate: '2026-09-09' },
      ]) ?? '',
    );
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('SUMMARY:Renew: Laser safety');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270304');
    expect(ics).toContain('DTEND;VALUE=DATE:20270305');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260909');
    expect(ics).toContain('UID:training-lasers@techfolio.local');
    expect(ics).toContain('UID:training-lasers-book-by@techfolio.local');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270202');
    // Valid RFC 5545 durations only: never the days-then-bare-T form.
    expect(ics.match(/^TRIGGER:[^\r\n]*/gm)?.sort()).toEqual(['TRIGGER:-P7D', 'TRIGGER:-P7D', 'TRIGGER:-PT24H', 'TRIGGER:-PT24H']);
    expect(ics).not.toMatch(/TRIGGER:-P\d+DT/);
    expect(ics).toContain('Provider: University safety office.');
  });

  it('leaves out training with no expiry, and returns null when none expires', () => {
    expect(buildTrainingCalendar([{ id: 'induction', course: 'Induction', provider: '', completedDate: '2024-01-01' }])).toBeNull();
    expect(buildTrainingCalendar([])).toBeNull();
  });

  it('keeps non-Latin course names intact', () => {
    const ics = unfold(buildTrainingCalendar([{ id: 'x', course: 'Łódź radiation safety — Ζ', provider: '', completedDate: '2024-01-01', expiryDate: '2025-01-01' }]) ?? '');
    expect(ics).toContain('SUMMARY:Renew: Łódź radiation safety — Ζ');
  });
});
