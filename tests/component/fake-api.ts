import { vi } from 'vitest';
import type { TechfolioApi } from '../../core/api/contract';
import { CpdRecord } from '../../core/model/cpd-record';

/** An in-memory stand-in for the backend, with every call a spy. */
export function createFakeApi(initial: CpdRecord[] = []) {
  const records = [...initial];
  let next = 1;
  const api = {
    getInfo: vi.fn(async () => ({ name: 'Techfolio', version: '0.0.0', dataDir: '/fake', transport: 'web' as const })),
    listCpd: vi.fn(async () => [...records]),
    addCpd: vi.fn(async (input: Parameters<TechfolioApi['addCpd']>[0]) => {
      const stamp = '2025-06-01T09:00:00.000Z';
      const record = CpdRecord.parse({ ...input, id: `fake-record-${next++}`, createdAt: stamp, updatedAt: stamp });
      records.push(record);
      return record;
    }),
  } satisfies TechfolioApi;
  return { api, records };
}
