import type { TechfolioApiImpl } from '../../core/api/contract';
import type { appMethods } from '../../core/api/methods/app';
import type { ApiServices } from './services';

type AppImpl = Pick<TechfolioApiImpl, keyof typeof appMethods>;

export function createAppImpl({ info }: ApiServices): AppImpl {
  return {
    getInfo: async () => info,
  };
}
