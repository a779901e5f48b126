import type { CpdRecord } from '../../../core/model/cpd-record';
import { draftKey, readDraft, writeDraft } from '../../components/form-drafts';

/**
 * "Duplicate this record": the record's contents as the new-record editor's draft, dated today,
 * so the editor opens with the copy and nothing is saved until the user saves. Refused (false)
 * when a new record is already being written, so that unsaved work is never overwritten.
 */
export function startDuplicate(record: CpdRecord, today: string, storage: Storage = localStorage): boolean {
  const key = draftKey('cpd', undefined);
  if (readDraft(key, storage)) return false;
  const { id: _id, createdAt: _created, updatedAt: _updated, endDate: _end, ...values } = record;
  writeDraft(key, { ...values, startDate: today, endDate: undefined }, storage);
  return true;
}
