import { CpdRecord } from '../../core/model/cpd-record';
import type { TechfolioApiImpl } from '../../core/api/contract';
import type { ApiServices } from './services';

type CpdImpl = Pick<TechfolioApiImpl, 'listCpd' | 'addCpd'>;

export function createCpdImpl({ portfolio }: ApiServices): CpdImpl {
  return {
    listCpd: async () => portfolio.read().cpd,
    addCpd: async (input) =>
      portfolio.update((current) => {
        const record = CpdRecord.parse({ ...input, ...portfolio.stamp() });
        return { next: { ...current, cpd: [...current.cpd, record] }, result: record };
      }),
  };
}
