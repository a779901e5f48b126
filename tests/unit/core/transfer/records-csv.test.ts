import { describe, expect, it } from 'vitest';
import { TrainingRecord } from '../../../../core/model/training';
import { cpdCsv, trainingCsv } from '../../../../core/transfer/records-csv';
import { makeCpdRecord } from '../../../support/fixtures';

const stamp = { id: 'training-0001', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

describe('cpdCsv', () => {
  it('writes one row per record, oldest first, with UK dates and the reflection text', () => {
    const csv = cpdCsv([
      makeCpdRecord({ title: 'Later', startDate: '2025-04-01', hours: 2, tags: ['a', 'b'], reflection: { model: 'free', answers: { reflection: 'Thought about it' } } }),
      makeCpdRecord({ title: 'Earlier', startDate: '2024-12-31', hours: 1.25, category: 'formal' }),
    ]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('"Date","End date","Title","Hours","Points","Category","Description","Reflection","Outcomes","Tags","Status"');
    expect(lines[1]).toBe('"31/12/2024","","Earlier","1.25","","Formal / educational","","","","","complete"');
    expect(lines[2]).toBe('"01/04/2025","","Later","2","","","","Thought about it","","a, b","complete"');
  });

  it('neutralises a title that Excel would run as a formula', () => {
    expect(cpdCsv([makeCpdRecord({ title: '=HYPERLINK("http://evil","x")' })])).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });
});

describe('trainingCsv', () => {
  it('writes training records by completion date with UK dates', () => {
    const csv = trainingCsv([
      TrainingRecord.parse({ ...stamp, course: 'First aid at work', provider: 'St John', completedDate: '2024-11-02', expiryDate: '2027-11-01' }),
    ]);
    expect(csv).toBe('\uFEFF"Course","Provider","Kind","Completed","Expires","Renewal (months)","Notes"\r\n"First aid at work","St John","","02/11/2024","01/11/2027","",""\r\n');
  });
});
