import { apiMethods, type ApiMethod, type TechfolioApi, type TechfolioApiImpl } from '../../core/api/contract';

/** Every method of the contract, each failing loudly if a test calls one it did not fake. */
function unfaked(): Record<ApiMethod, () => Promise<never>> {
  const methods = {} as Record<ApiMethod, () => Promise<never>>;
  for (const method of apiMethods) {
    methods[method] = () => Promise.reject(new Error(`${method} is not faked in this test.`));
  }
  return methods;
}

/** A whole UI-side API from the few methods a test fakes; as the contract grows, fakes need no change. */
export function stubApi<T extends Partial<TechfolioApi>>(faked: T): TechfolioApi & T {
  return { ...unfaked(), ...faked } as TechfolioApi & T;
}

/** The same for the backend side, for dispatch tests. */
export function stubImpl<T extends Partial<TechfolioApiImpl>>(faked: T): TechfolioApiImpl & T {
  return { ...unfaked(), ...faked } as TechfolioApiImpl & T;
}
