import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { apiMethods, type TechfolioApi } from '../../../../core/api/contract';
import { changesOf, isWriteMethod, readsOf } from '../../../../core/api/method-effects';
import { queryKeyOf, type ReadMethod } from '../../../../renderer/api/query-keys';
import { refreshAfterWrite, withRefresh } from '../../../../renderer/api/refresh';

const reads = apiMethods.filter((m) => !isWriteMethod(m)) as ReadMethod[];
const writes = apiMethods.filter(isWriteMethod);

/** A client holding one fresh cached answer of every read, each under the key screens use. */
function cacheOfEveryRead(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  for (const read of reads) client.setQueryData(queryKeyOf(read, ['some-id']), { from: read });
  return client;
}

const staleReads = (client: QueryClient) =>
  reads.filter((read) => client.getQueryCache().find({ queryKey: queryKeyOf(read, ['some-id']), exact: true })?.state.isInvalidated);

describe('refreshing after a write, by declaration', () => {
  it.each(writes)('%s marks stale exactly the cached reads that depend on what it changes', async (write) => {
    const client = cacheOfEveryRead();
    await refreshAfterWrite(client, write, ['x', 'y', 'z'], { saved: true });
    const changed = new Set(changesOf(write));
    const dependent = reads.filter((read) => readsOf(read).some((part) => changed.has(part)));
    expect(staleReads(client).sort()).toEqual(dependent.sort());
  });

  it('puts a write’s declared answer in place without marking it stale, so an editor is not reloaded', async () => {
    const client = new QueryClient();
    const own = queryKeyOf('getStatement', ['sc-rscitech', 'A1']);
    const other = queryKeyOf('getStatement', ['sc-rscitech', 'A2']);
    client.setQueryData(own, { text: 'old' });
    client.setQueryData(other, { text: 'other' });
    await refreshAfterWrite(client, 'saveStatement', ['sc-rscitech', 'A1', 'new'], { text: 'new' });
    expect(client.getQueryData(own)).toEqual({ text: 'new' });
    expect(client.getQueryState(own)?.isInvalidated).toBe(false);
    expect(client.getQueryState(other)?.isInvalidated).toBe(true);
  });

  it('the wrapped API refreshes after a write succeeds, and not after one fails or after a read', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const key = queryKeyOf('listCpd', []);
    client.setQueryData(key, []);
    const base = Object.fromEntries(apiMethods.map((m) => [m, vi.fn(async () => ({}))])) as unknown as TechfolioApi;
    const api = withRefresh(base, client);

    await api.listCpd();
    expect(client.getQueryState(key)?.isInvalidated).toBe(false);

    vi.mocked(base.deleteCpd).mockRejectedValueOnce(new Error('refused'));
    await expect(api.deleteCpd('r1')).rejects.toThrow('refused');
    expect(client.getQueryState(key)?.isInvalidated).toBe(false);

    await api.deleteCpd('r1');
    expect(base.deleteCpd).toHaveBeenLastCalledWith('r1');
    expect(client.getQueryState(key)?.isInvalidated).toBe(true);
  });

  it('names a call the same whether a trailing absent argument is given or not', () => {
    expect(queryKeyOf('getPathway', ['pathway', undefined])).toEqual(queryKeyOf('getPathway', ['pathway']));
  });
});
