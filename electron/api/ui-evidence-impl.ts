import { readFile, stat } from 'node:fs/promises';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import { MAX_PREVIEW_BYTES, type EvidenceCiter } from '../../core/api/methods/ui-evidence';
import { Qualification } from '../../core/model/career';
import { Activity } from '../../core/model/commitment';
import { CpdRecord } from '../../core/model/cpd-record';
import type { Portfolio } from '../../core/model/portfolio';
import { TrainingRecord } from '../../core/model/training';
import { assertIdsExist } from './record-collection';
import type { ApiServices } from './services';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** Where each kind of citing record lives, what it is called, and the schema that bounds how much it cites. */
const CITING_LISTS = [
  { list: 'cpd', what: 'CPD record', schema: CpdRecord, title: (r: { title: string }) => r.title },
  { list: 'training', what: 'training record', schema: TrainingRecord, title: (r: { course: string }) => r.course },
  { list: 'qualifications', what: 'qualification', schema: Qualification, title: (r: { title: string }) => r.title },
  { list: 'activities', what: 'Technician Commitment record', schema: Activity, title: (r: { title: string }) => r.title },
] as const;

type CitingRecord = { id: string; evidenceIds: string[]; updatedAt: string };

function findCitingRecord(p: Portfolio, id: string) {
  for (const place of CITING_LISTS) {
    const record = (p[place.list] as readonly CitingRecord[]).find((r) => r.id === id);
    if (record) {
      const title = (place.title as (r: unknown) => string)(record);
      const kind = (place.list === 'activities' ? (record as unknown as Activity).kind : place.list === 'qualifications' ? 'qualification' : place.list) as EvidenceCiter['kind'];
      return { place, record, citer: { kind, id, title } };
    }
  }
  throw new ApiError({
    code: 'not-found',
    message: `No CPD, training, qualification or Technician Commitment record has the id ${id}. Check the id, or reload the list if it was deleted in another window.`,
  });
}

export function createUiEvidenceImpl({ portfolio, evidence }: ApiServices): Pick<TechfolioApiImpl, 'readEvidenceFile' | 'linkEvidence'> {
  return {
    linkEvidence: async (recordId, evidenceIds) => {
      const found = findCitingRecord(portfolio.read(), recordId);
      assertIdsExist(evidenceIds, portfolio.read().evidence, 'evidence item');
      if (evidenceIds.every((e) => found.record.evidenceIds.includes(e))) return found.citer;
      return portfolio.update((current) => {
        const { place, record, citer } = findCitingRecord(current, recordId);
        assertIdsExist(evidenceIds, current.evidence, 'evidence item');
        const added = [...new Set(evidenceIds)].filter((e) => !record.evidenceIds.includes(e));
        const linked = { ...record, evidenceIds: [...record.evidenceIds, ...added], updatedAt: portfolio.now().toISOString() };
        const checked = place.schema.safeParse(linked);
        if (!checked.success) {
          throw new ApiError({
            code: 'validation',
            message: `"${citer.title}" cannot cite ${linked.evidenceIds.length} evidence items: that is more than a ${place.what} holds. Link fewer, or split the evidence between records.`,
          });
        }
        const list = (current[place.list] as readonly CitingRecord[]).map((r) => (r.id === recordId ? linked : r));
        return { next: { ...current, [place.list]: list } as Portfolio, result: citer };
      });
    },
    readEvidenceFile: async (id) => {
      const item = portfolio.read().evidence.find((e) => e.id === id);
      if (!item) {
        throw new ApiError({ code: 'not-found', message: 'That evidence item is no longer in your portfolio. It may have been deleted in another window; reload the list.' });
      }
      if (item.kind !== 'file') throw new ApiError({ code: 'refused', message: `"${item.title}" is a ${item.kind}, not a file, so there is nothing to read.` });
      const filePath = evidence.pathFor(item.file.sha256);
      const info = await stat(filePath).catch(() => null);
      if (!info) {
        throw new ApiError({
          code: 'not-found',
          message: `The file of "${item.title}" (${item.file.originalName}) is missing from the evidence folder. Restore a backup, or add the file again.`,
        });
      }
      // Checked on the file itself: the recorded size could be stale if the folder was edited by hand.
      if (info.size > MAX_PREVIEW_BYTES) {
        throw new ApiError({
          code: 'refused',
          message: `${item.file.originalName} is ${megabytes(info.size)} MB; files over ${megabytes(MAX_PREVIEW_BYTES)} MB are kept but not previewed here. It is still included in your pack.`,
        });
      }
      const bytes = await readFile(filePath);
      return { fileName: item.file.originalName, mediaType: item.file.mediaType, size: bytes.length, dataBase64: bytes.toString('base64') };
    },
  };
}
