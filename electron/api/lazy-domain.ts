import type { ApiMethod, TechfolioApiImpl } from '../../core/api/contract';
import type { ApiServices } from './services';

type DomainImpl<K extends ApiMethod> = Pick<TechfolioApiImpl, K>;
type AnyMethod = (...args: unknown[]) => Promise<unknown>;

/**
 * A domain whose implementation module loads on its first call. Its methods are named by the
 * domain's method table (the contract), so the object has every method at once; the module, and
 * the PDF, document or spreadsheet code it imports, is loaded and given the services once, when
 * one of them is first called. A load that fails is tried again at the next call.
 */
export function lazyDomain<K extends ApiMethod>(
  table: Record<K, unknown>,
  services: ApiServices,
  load: () => Promise<(services: ApiServices) => DomainImpl<K>>,
): DomainImpl<K> {
  let made: Promise<DomainImpl<K>> | undefined;
  const impl = () =>
    (made ??= load().then(
      (create) => create(services),
      (error: unknown) => {
        made = undefined;
        throw error;
      },
    ));
  const methods: Partial<Record<K, AnyMethod>> = {};
  for (const method of Object.keys(table) as K[]) {
    methods[method] = async (...args) => ((await impl())[method] as AnyMethod)(...args);
  }
  return methods as DomainImpl<K>;
}
