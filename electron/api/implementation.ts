import type { TechfolioApiImpl } from '../../core/api/contract';
import { createCpdImpl } from './cpd-impl';
import type { ApiServices } from './services';

export type { ApiServices } from './services';

/** The one implementation of the contract, shared by IPC, the loopback host and the CLI. */
export function createApiImpl(services: ApiServices): TechfolioApiImpl {
  return {
    getInfo: async () => services.info,
    ...createCpdImpl(services),
  };
}
