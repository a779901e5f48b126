import { ApiError } from '../../core/api/errors';
import type { EvidenceDrafts } from '../../core/api/methods/inbox';
import { certificateFields } from '../../core/inbox/certificate-fields';
import { inboxDraft, type DraftSource } from '../../core/inbox/inbox-draft';
import { CpdRecord } from '../../core/model/cpd-record';
import type { EvidenceItem } from '../../core/model/evidence';
import type { EvidenceTextCache } from '../evidence-text/evidence-text-cache';
import type { PortfolioStore } from '../services/portfolio-store';

const FIELD_ORDER = ['title', 'provider', 'date', 'hours', 'points', 'expiry'] as const;

type FileItem = Extract<EvidenceItem, { kind: 'file' }>;
type Places = { portfolio: PortfolioStore; evidenceText: Pick<EvidenceTextCache, 'textOf'> };

/** The draft made for one file: the record, and which of its fields were read from the file's words. */
export type MadeDraft = { record: CpdRecord; suggested: string[] };

/**
 * Makes the draft CPD record for one file in the vault, as the inbox does: prefilled from what the
 * file's words suggest (core/inbox), the rest from its name and `today`, citing the file.
 */
export async function draftFromEvidence({ portfolio, evidenceText }: Places, item: FileItem, fileName: string, today: string, source: DraftSource): Promise<MadeDraft> {
  const text = await evidenceText.textOf(item.file.sha256, item.file.mediaType).catch(() => '');
  const fields = certificateFields(text);
  const draft = inboxDraft(fileName, fields, today, text.trim() !== '', source);
  const record = await portfolio.update((current) => {
    const made = CpdRecord.parse({ ...draft, evidenceIds: [item.id], mappings: [], ...portfolio.stamp() });
    return { next: { ...current, cpd: [...current.cpd, made] }, result: made };
  });
  return { record, suggested: FIELD_ORDER.filter((field) => fields[field] !== undefined) };
}

/**
 * A draft for each of these evidence files, in the order given. An id the portfolio does not hold
 * fails the whole call before anything is made; a note or link, or a file a record already cites,
 * is skipped with the reason.
 */
export async function draftsFromEvidence(places: Places, ids: readonly string[], today: string): Promise<EvidenceDrafts> {
  const { evidence, cpd } = places.portfolio.read();
  const byId = new Map(evidence.map((item) => [item.id, item]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new ApiError({ code: 'not-found', message: `No evidence has the id ${unknown.join(', ')}. It may have been deleted; refresh the evidence list and try again.` });
  }
  const citedBy = new Map<string, string>();
  for (const record of cpd) for (const id of record.evidenceIds) if (!citedBy.has(id)) citedBy.set(id, record.title);
  const result: EvidenceDrafts = { made: [], skipped: [] };
  for (const id of new Set(ids)) {
    const item = byId.get(id)!;
    const cited = citedBy.get(id);
    if (item.kind !== 'file') result.skipped.push({ evidenceId: id, title: item.title, reason: `“${item.title}” is a ${item.kind}, not a file, so there are no words to read a record from.` });
    else if (cited !== undefined) result.skipped.push({ evidenceId: id, title: item.title, reason: `“${item.title}” is already cited by the CPD record “${cited}”.` });
    else {
      const { record, suggested } = await draftFromEvidence(places, item, item.file.originalName, today, 'added');
      result.made.push({ evidenceId: id, recordId: record.id, fileName: item.file.originalName, title: record.title, suggested });
    }
  }
  return result;
}
