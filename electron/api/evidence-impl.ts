import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { evidenceMethods } from '../../core/api/methods/evidence';
import { EvidenceItem } from '../../core/model/evidence';
import type { Portfolio } from '../../core/model/portfolio';
import { MAX_EVIDENCE_BYTES, tooLargeMessage } from '../../core/evidence/limits';
import { PAGED_MEDIA_TYPE, pagesOnlyForPdfMessage } from '../../core/evidence/page-selection';
import { localToday } from '../../core/format/today';
import { recordNotFound } from './record-collection';
import type { ApiServices } from './services';

/** Removes a deleted evidence item from every record that cites it. */
const withoutEvidenceReferences = (p: Portfolio, id: string): Portfolio => {
  const drop = <R extends { evidenceIds: string[] }>(r: R): R =>
    r.evidenceIds.includes(id) ? { ...r, evidenceIds: r.evidenceIds.filter((x) => x !== id) } : r;
  return { ...p, cpd: p.cpd.map(drop), qualifications: p.qualifications.map(drop), training: p.training.map(drop), activities: p.activities.map(drop), competenceRatings: p.competenceRatings.map(drop) };
};

type EvidenceImpl = Pick<TechfolioApiImpl, keyof typeof evidenceMethods>;

/** Evidence items (files in the vault, notes, links) and the records that cite them. */
export function createEvidenceImpl({ portfolio, evidence }: ApiServices): EvidenceImpl {
  const findEvidence = (p: Portfolio, id: string) => {
    const item = p.evidence.find((e) => e.id === id);
    if (!item) throw recordNotFound('evidence item');
    return item;
  };

  const today = () => localToday(portfolio.now());

  return {
    listEvidence: async () => portfolio.read().evidence,
    addEvidenceFile: async ({ fileName, dataBase64, ...details }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length > MAX_EVIDENCE_BYTES) throw new ApiError({ code: 'refused', message: tooLargeMessage(fileName, bytes.length) });
      return evidence.addFromBytes(fileName, bytes, details);
    },
    addEvidenceNote: async ({ title, date, description, mappings, note }) =>
      portfolio.update((current) => {
        const item = EvidenceItem.parse({ kind: 'note', title, date: date ?? today(), description, mappings, note, ...portfolio.stamp() });
        return { next: { ...current, evidence: [...current.evidence, item] }, result: item };
      }),
    addEvidenceLink: async ({ title, date, description, mappings, url }) =>
      portfolio.update((current) => {
        const item = EvidenceItem.parse({ kind: 'link', title, date: date ?? today(), description, mappings, url, ...portfolio.stamp() });
        return { next: { ...current, evidence: [...current.evidence, item] }, result: item };
      }),
    updateEvidence: async (id, { note, url, ...details }) =>
      portfolio.update((current) => {
        const existing = findEvidence(current, id);
        if (note !== undefined && existing.kind !== 'note') throw new ApiError({ code: 'validation', message: 'Only a note has note text to change.' });
        if (url !== undefined && existing.kind !== 'link') throw new ApiError({ code: 'validation', message: 'Only a link has a web address to change.' });
        if (details.pages !== undefined && !(existing.kind === 'file' && existing.file.mediaType === PAGED_MEDIA_TYPE)) {
          throw new ApiError({ code: 'validation', message: pagesOnlyForPdfMessage(`"${existing.title}"`) });
        }
        const item = EvidenceItem.parse({
          ...existing,
          ...details,
          ...(note !== undefined ? { note } : {}),
          ...(url !== undefined ? { url } : {}),
          updatedAt: portfolio.now().toISOString(),
        });
        return { next: { ...current, evidence: current.evidence.map((e) => (e.id === id ? item : e)) }, result: item };
      }),
    deleteEvidence: async (id) => {
      const removed = portfolio.update((current) => {
        const item = findEvidence(current, id);
        const without = { ...current, evidence: current.evidence.filter((e) => e.id !== id) };
        return { next: withoutEvidenceReferences(without, id), result: item };
      });
      // The record is gone first: a crash before the file moves leaves an uncited file, never a dangling id.
      if (removed.kind === 'file') await evidence.release([removed.file.sha256]);
      return { deleted: id };
    },
    getEvidenceUsage: async (id) => {
      const p = portfolio.read();
      findEvidence(p, id);
      const cites = (r: { evidenceIds: string[] }) => r.evidenceIds.includes(id);
      return [
        ...p.cpd.filter(cites).map((r) => ({ kind: 'cpd' as const, id: r.id, title: r.title })),
        ...p.qualifications.filter(cites).map((r) => ({ kind: 'qualification' as const, id: r.id, title: r.title })),
        ...p.training.filter(cites).map((r) => ({ kind: 'training' as const, id: r.id, title: r.course })),
        ...p.activities.filter(cites).map((r) => ({ kind: r.kind, id: r.id, title: r.title })),
      ];
    },
  };
}
