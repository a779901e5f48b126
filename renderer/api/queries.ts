import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiArgs, ApiResult, TechfolioApi } from '../../core/api/contract';
import { useApi } from './api-context';
import { queryKeyOf, sentArgs, type ReadMethod } from './query-keys';

/** A read as query options (for useQuery or useQueries): its key made in the one place. */
export function apiQuery<M extends ReadMethod>(api: TechfolioApi, method: M, ...args: ApiArgs<M>) {
  const call = api[method] as (...a: unknown[]) => Promise<ApiResult<M>>;
  return { queryKey: queryKeyOf(method, args), queryFn: () => call(...sentArgs(args)) };
}

type Extra<M extends ReadMethod> = Omit<UseQueryOptions<ApiResult<M>, Error, ApiResult<M>, readonly unknown[]>, 'queryKey' | 'queryFn'>;

/** A screen's cached read. Writes made through useApi() refresh it when they change what it reads. */
export function useApiQuery<M extends ReadMethod>(method: M, args: ApiArgs<M>, options: Extra<M> = {}) {
  const api = useApi();
  return useQuery({ ...options, ...apiQuery(api, method, ...args) });
}
