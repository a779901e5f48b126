import { CpdRecord, type CpdRecordInput } from '../../core/model/cpd-record';

let counter = 0;

/** A complete, valid stored CPD record with defaults filled in by the schema itself. */
export function makeCpdRecord(fields: Partial<CpdRecordInput> & { id?: string } = {}): CpdRecord {
  counter += 1;
  const stamp = '2025-06-01T09:00:00.000Z';
  return CpdRecord.parse({
    title: 'Autoclave validation course',
    startDate: '2025-03-25',
    hours: 1.5,
    id: `fixture-${String(counter).padStart(4, '0')}`,
    createdAt: stamp,
    updatedAt: stamp,
    ...fields,
  });
}
