import { describe, expect, it } from 'vitest';
import { inboxDraft, inboxFileOf, isInboxCandidate } from '../../../../core/inbox/inbox-draft';
import { CpdRecordInput } from '../../../../core/model/cpd-record';

describe('inboxDraft', () => {
  it('makes a valid draft from what was found, and says what to fill in', () => {
    const draft = inboxDraft('First_Aid-cert (1).pdf', { provider: 'St John Ambulance', expiry: '2027-02-01' }, '2025-06-10', true);
    expect(CpdRecordInput.parse(draft)).toMatchObject({ title: 'First Aid cert (1)', startDate: '2025-06-10', hours: 1, status: 'draft', tags: ['inbox'] });
    expect(draft.description).toBe(
      [
        'From the inbox: First_Aid-cert (1).pdf',
        'Suggested from its text: provider St John Ambulance; expires 01/02/2027.',
        'Not found in it, so please fill in: the title, the date, the hours.',
        'It reads as training that expires on 01/02/2027: you can also add it under Training so you are reminded to renew it.',
        'Check these, then mark the record complete.',
      ].join('\n'),
    );
    expect(inboxFileOf(draft.description!)).toBe('First_Aid-cert (1).pdf');
    expect(inboxFileOf('From the inboxes of others')).toBeUndefined();
  });

  it('carries points, and names a file with an odd name', () => {
    const draft = inboxDraft('.pdf', { title: 'Radiation Safety', date: '2023-09-15', points: 3, hours: 3 }, '2025-06-10', true);
    expect(CpdRecordInput.parse(draft)).toMatchObject({ title: 'Radiation Safety', startDate: '2023-09-15', hours: 3, points: 3 });
  });
});

describe('isInboxCandidate', () => {
  it('leaves hidden, partial and system files alone', () => {
    for (const name of ['.DS_Store', '.~lock.cert.docx#', '~$cert.docx', 'cert.pdf.crdownload', 'cert.pdf.part', 'Thumbs.db', 'desktop.ini', 'cert.tmp', 'x.download']) expect(isInboxCandidate(name), name).toBe(false);
    for (const name of ['cert.pdf', 'IMG_2041.JPG', 'Certificate – COSHH (final).pdf', 'notes.txt']) expect(isInboxCandidate(name), name).toBe(true);
  });
});
