import type { QueryClient } from '@tanstack/react-query';
import { apiMethods, type ApiMethod, type TechfolioApi } from '../../core/api/contract';
import { answeredRead, isWriteMethod, writeAffectsRead } from '../../core/api/method-effects';
import { methodOfKey, queryKeyOf, type ReadMethod } from './query-keys';

/**
 * After a write succeeds: the answer it returns is put in place (when it declares one), then
 * every cached query whose method reads a part the write changed is refetched, whatever screen
 * made the change. Awaiting the refetch means a caller that moves on after the write finds
 * every screen already showing it.
 */
export async function refreshAfterWrite(queryClient: QueryClient, write: ApiMethod, args: readonly unknown[], result: unknown): Promise<void> {
  const answered = answeredRead(write, args);
  const answeredKey = answered ? JSON.stringify(queryKeyOf(answered.method as ReadMethod, answered.args)) : undefined;
  if (answered) queryClient.setQueryData(queryKeyOf(answered.method as ReadMethod, answered.args), result);
  await queryClient.invalidateQueries({
    predicate: (query) => {
      const read = methodOfKey(query.queryKey);
      if (!read || !writeAffectsRead(write, read)) return false;
      // The write's own answer is already in place: fetching it again could overwrite what is being typed.
      return JSON.stringify(query.queryKey) !== answeredKey;
    },
  });
}

/** The API every screen uses: each write refreshes what it changed once it succeeds. */
export function withRefresh(api: TechfolioApi, queryClient: QueryClient): TechfolioApi {
  const wrapped: Partial<Record<ApiMethod, unknown>> = {};
  for (const method of apiMethods) {
    const call = api[method] as (...args: unknown[]) => Promise<unknown>;
    wrapped[method] = isWriteMethod(method)
      ? async (...args: unknown[]) => {
          const result = await call(...args);
          await refreshAfterWrite(queryClient, method, args, result);
          return result;
        }
      : call;
  }
  return wrapped as TechfolioApi;
}
