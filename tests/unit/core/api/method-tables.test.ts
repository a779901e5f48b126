import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { joinMethodTables } from '../../../../core/api/method-tables';
import type * as PathwayModule from '../../../../core/api/methods/pathway';

const read = (result: z.ZodType) => ({ args: z.tuple([]), result, reads: ['cpd'] }) as never;

describe('joinMethodTables', () => {
  it('joins tables with distinct names, keeping each schema', () => {
    const a = { listA: read(z.string()) };
    const b = { listB: read(z.number()) };
    const joined = joinMethodTables({ a, b });
    expect(Object.keys(joined)).toEqual(['listA', 'listB']);
    expect(joined.listA).toBe(a.listA);
    expect(joined.listB).toBe(b.listB);
  });

  it('refuses a name declared in two tables, naming the method and both tables', () => {
    expect(() => joinMethodTables({ cpdMethods: { listCpd: read(z.string()) }, packMethods: { listCpd: read(z.number()) } })).toThrow(
      'API method "listCpd" is declared in both cpdMethods and packMethods',
    );
  });
});

describe('the contract', () => {
  afterEach(() => {
    vi.doUnmock('../../../../core/api/methods/pathway');
    vi.resetModules();
  });

  it('fails to load when a method table reuses another table’s method name', async () => {
    vi.resetModules();
    vi.doMock('../../../../core/api/methods/pathway', async (importOriginal) => {
      const real = await importOriginal<typeof PathwayModule>();
      const { cpdMethods } = await import('../../../../core/api/methods/cpd');
      return { ...real, pathwayMethods: { ...real.pathwayMethods, listCpd: cpdMethods.listCpd } };
    });
    await expect(import('../../../../core/api/contract')).rejects.toThrow('API method "listCpd" is declared in both cpdMethods and pathwayMethods');
  });

  it('loads with every table’s methods when names are distinct', async () => {
    const { apiSchema } = await import('../../../../core/api/contract');
    const { cpdMethods } = await import('../../../../core/api/methods/cpd');
    const { pathwayMethods } = await import('../../../../core/api/methods/pathway');
    for (const [name, schema] of Object.entries({ ...cpdMethods, ...pathwayMethods })) expect(apiSchema[name as keyof typeof apiSchema]).toBe(schema);
  });
});
