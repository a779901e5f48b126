import type { TechfolioApiImpl } from '../../core/api/contract';
import { CpdRecord } from '../../core/model/cpd-record';
import { assertIdsExist, recordCollection, withoutCpdReferences } from './portfolio-impl';
import type { ApiServices } from './services';

type CpdImpl = Pick<TechfolioApiImpl, 'listCpd' | 'getCpd' | 'addCpd' | 'updateCpd' | 'deleteCpd'>;

export function createCpdImpl({ portfolio }: ApiServices): CpdImpl {
  const cpd = recordCollection(portfolio, 'CPD record', {
    get: (p) => p.cpd,
    set: (p, records) => ({ ...p, cpd: records }),
    schema: CpdRecord,
    check: (p, input: { evidenceIds?: string[] | undefined }) => assertIdsExist(input.evidenceIds ?? [], p.evidence, 'evidence item'),
    onDelete: withoutCpdReferences,
  });
  return { listCpd: cpd.list, getCpd: cpd.get, addCpd: cpd.add, updateCpd: cpd.update, deleteCpd: cpd.delete };
}
