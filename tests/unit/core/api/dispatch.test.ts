import { describe, expect, it, vi } from 'vitest';
import type { TechfolioApiImpl } from '../../../../core/api/contract';
import { createApiClient, createBridge } from '../../../../core/api/client';
import { dispatch } from '../../../../core/api/dispatch';
import { ApiError } from '../../../../core/api/errors';
import { CpdRecord } from '../../../../core/model/cpd-record';
import { stubImpl } from '../../../support/api-stubs';
import { makeCpdRecord } from '../../../support/fixtures';

const record = makeCpdRecord({ title: 'Fire warden', startDate: '2025-01-10', hours: 2 });

function fakeImpl(overrides: Partial<TechfolioApiImpl> = {}): TechfolioApiImpl {
  return stubImpl({
    getInfo: vi.fn(async () => ({ name: 'Techfolio', version: '1', dataDir: '/d', transport: 'web' as const })),
    listCpd: vi.fn(async () => [record]),
    addCpd: vi.fn(async (input: Parameters<TechfolioApiImpl['addCpd']>[0]) => CpdRecord.parse({ ...record, ...input })),
    ...overrides,
  });
}

describe('dispatch', () => {
  it('refuses a method that is not in the contract without calling anything', async () => {
    const impl = fakeImpl();
    const result = await dispatch(impl, 'constructor', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(impl, '__proto__', [])).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('parses arguments before the implementation sees them and names each problem', async () => {
    const impl = fakeImpl();
    const result = await dispatch(impl, 'addCpd', [{ title: '  ', startDate: '2025-13-01', hours: 'two' }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues?.map((i) => i.path)).toEqual(['0.title', '0.startDate', '0.hours']);
    expect(impl.addCpd).not.toHaveBeenCalled();
  });

  it('refuses arguments that are not a list, and extra arguments', async () => {
    const impl = fakeImpl();
    expect(await dispatch(impl, 'listCpd', { 0: 1 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(impl, 'listCpd', ['extra'])).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(impl.listCpd).not.toHaveBeenCalled();
  });

  it('passes the parsed (trimmed) arguments to the implementation and wraps the result', async () => {
    const impl = fakeImpl();
    const result = await dispatch(impl, 'addCpd', [{ title: '  Laser safety ', startDate: '2024-02-29', hours: 3 }]);
    expect(result).toMatchObject({ ok: true, value: { title: 'Laser safety' } });
    expect(impl.addCpd).toHaveBeenCalledWith(expect.objectContaining({ title: 'Laser safety', startDate: '2024-02-29', hours: 3, status: 'complete', tags: [] }));
  });

  it('turns ApiErrors into their envelope and hides internal errors behind a calm message', async () => {
    const refused = fakeImpl({ listCpd: async () => { throw new ApiError({ code: 'locked', message: 'This portfolio is already open.' }); } });
    expect(await dispatch(refused, 'listCpd', [])).toEqual({ ok: false, error: { code: 'locked', message: 'This portfolio is already open.' } });

    const onInternal = vi.fn();
    const broken = fakeImpl({ listCpd: async () => { throw new TypeError('x is undefined at /secret/path.ts'); } });
    const result = await dispatch(broken, 'listCpd', [], onInternal);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(onInternal).toHaveBeenCalledOnce();
  });
});

describe('createApiClient', () => {
  it('returns values and rethrows error envelopes as ApiError with their code', async () => {
    const impl = fakeImpl();
    const client = createApiClient(createBridge((method, args) => dispatch(impl, method, args)));
    expect(await client.listCpd()).toEqual([record]);
    await expect(client.addCpd({ title: '', startDate: '2025-01-01', hours: 1 })).rejects.toMatchObject({
      name: 'ApiError',
      code: 'validation',
    });
  });
});
