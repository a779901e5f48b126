import type { TechfolioApiImpl } from '../../core/api/contract';
import { searchEvidence } from '../../core/evidence/evidence-search';
import type { ApiServices } from './services';

type EvidenceSearchImpl = Pick<TechfolioApiImpl, 'searchEvidence'>;

/** Evidence search over titles, descriptions, notes and the words read from files (core/evidence/evidence-search.ts). */
export function createEvidenceSearchImpl({ portfolio, evidenceText }: ApiServices): EvidenceSearchImpl {
  return {
    searchEvidence: async (query) => {
      const items = portfolio.read().evidence;
      const texts = await evidenceText.textsOf(items.flatMap((item) => (item.kind === 'file' ? [item.file.sha256] : [])));
      return searchEvidence(items, (sha256) => texts.get(sha256), query);
    },
  };
}
