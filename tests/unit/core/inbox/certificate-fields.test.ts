import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateFields } from '../../../../core/inbox/certificate-fields';

describe('certificateFields', () => {
  it('reads a classroom course certificate', () => {
    const text = `CERTIFICATE OF ATTENDANCE
This is to certify that
Jane Smith
has successfully completed
COSHH Risk Assessment
on 12 March 2025
Duration: 3 hours
Provider: Acme Safety Training Ltd`;
    expect(certificateFields(text)).toEqual({ title: 'COSHH Risk Assessment', provider: 'Acme Safety Training Ltd', date: '2025-03-12', hours: 3 });
  });

  it('reads an e-learning completion with CPD hours and a numeric date', () => {
    const text = `Royal Society of Biology
Certificate of Completion
Sam Patel
Course title: Good Laboratory Practice: An Introduction
Completed: 04/11/2024
1.5 CPD hours`;
    const fields = certificateFields(text);
    expect(fields).toMatchObject({ title: 'Good Laboratory Practice: An Introduction', date: '2024-11-04', hours: 1.5, provider: 'Royal Society of Biology' });
    expect(fields.expiry).toBeUndefined();
  });

  it('reads a first aid certificate with an expiry and a provider in the lead-in', () => {
    const text = `St John Ambulance
This certificate is awarded to
Chris O'Neill
for completing First Aid at Work
Date of completion: 2nd February 2024
Valid until: 1st February 2027
Course duration 18 hours`;
    expect(certificateFields(text)).toEqual({ title: 'First Aid at Work', provider: 'St John Ambulance', date: '2024-02-02', expiry: '2027-02-01', hours: 18 });
  });

  it('reads radiation safety training with a renewal due date and points', () => {
    const text = `University of Exeter Radiation Protection Service
Radiation Safety for Open Sources
Attended by: Dr A. Lee
Date: 15.09.2023
Renewal due 15.09.2026
This course carries 3 CPD points`;
    expect(certificateFields(text)).toMatchObject({ provider: 'University of Exeter Radiation Protection Service', date: '2023-09-15', expiry: '2026-09-15', points: 3, hours: 3 });
    expect(certificateFields(text).title).toBe('Radiation Safety for Open Sources');
  });

  it('works out an expiry from "valid for 3 years"', () => {
    const text = `Certificate
Manual Handling Awareness
Issued by: SafeWork Academy
Issued 29 February 2024. Valid for 3 years.`;
    expect(certificateFields(text)).toMatchObject({ title: 'Manual Handling Awareness', provider: 'SafeWork Academy', date: '2024-02-29', expiry: '2027-02-28' });
  });

  it('copes with OCR noise: stray marks, broken spacing and junk lines', () => {
    const text = `~~ |CERTIFICATE OF COMPLETION| ~~
,.;' -- ~ ^^
This is to certify that
  Mary  Jones
has completed the course: Fume Cupboard Safety
|| Date 7 Jun 2025 ||
Delivered by: LabSafe Services Ltd_
2 hrs`;
    expect(certificateFields(text)).toEqual({ title: 'Fume Cupboard Safety', provider: 'LabSafe Services Ltd', date: '2025-06-07', hours: 2 });
  });

  it('reads month-first wording and minutes', () => {
    const text = `Certificate of Achievement
Autoclave Operation and Pressure Systems
Awarded by the Institute of Science and Technology
March 3, 2025
Learning time: 90 minutes`;
    expect(certificateFields(text)).toMatchObject({ title: 'Autoclave Operation and Pressure Systems', date: '2025-03-03', hours: 1.5 });
    expect(certificateFields(text).provider).toBe('Institute of Science and Technology');
  });

  it('keeps completion and expiry apart on one line', () => {
    const text = `Fire Warden Training
Completed 10/01/2025 - expires 10/01/2026`;
    expect(certificateFields(text)).toMatchObject({ title: 'Fire Warden Training', date: '2025-01-10', expiry: '2026-01-10' });
  });

  it('refuses impossible and month-first numeric dates rather than swapping them', () => {
    const text = `Biosafety Level 2 Induction
Date: 03/25/2025
Date: 31/02/2025`;
    const fields = certificateFields(text);
    expect(fields.date).toBeUndefined();
    expect(fields.title).toBe('Biosafety Level 2 Induction');
  });

  it('never takes an expiry earlier than the completion', () => {
    expect(certificateFields('Laser Safety\nCompleted 01/06/2025\nExpired 01/06/2024')).toMatchObject({ date: '2025-06-01' });
    expect(certificateFields('Laser Safety\nCompleted 01/06/2025\nExpired 01/06/2024').expiry).toBeUndefined();
  });

  it('suggests nothing for text that is not a certificate, or empty text', () => {
    expect(certificateFields('')).toEqual({});
    expect(certificateFields('   \n\n ~~ ;; ..')).toEqual({});
    expect(certificateFields('%%%% 1234 5678 ####')).toEqual({});
  });

  it('does not take a clock time or a validity period as hours', () => {
    const fields = certificateFields('Spill Response Training\nStart 09:00 hrs\nDate: 5 May 2025\nValid for 2 years');
    expect(fields.hours).toBeUndefined();
    expect(fields.expiry).toBe('2027-05-05');
  });

  it('reads words for numbers and Welsh-style long provider lines', () => {
    const text = `Prifysgol Caerdydd | Cardiff University
Certificate of Attendance
Workshop: Introduction to Mass Spectrometry
Held on Tuesday 14th January 2025
This workshop provided three hours of CPD`;
    expect(certificateFields(text)).toMatchObject({ title: 'Introduction to Mass Spectrometry', date: '2025-01-14', hours: 3 });
    expect(certificateFields(text).provider).toMatch(/Cardiff University/);
  });

  it('reads an NHS e-learning completion laid out in columns', () => {
    const text = 'e-Learning for Healthcare    Certificate of Completion    Module: Infection Prevention and Control Level 2    Completed on 21 Aug 2024    Duration 45 mins';
    expect(certificateFields(text)).toMatchObject({ title: 'Infection Prevention and Control Level 2', date: '2024-08-21', hours: 0.75 });
  });

  it('never throws and only returns real days, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const fields = certificateFields(text);
        for (const day of [fields.date, fields.expiry]) if (day !== undefined) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (fields.hours !== undefined) expect(fields.hours).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
