import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchema, type ApiMethod } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import type { Envelope } from '../../../core/api/errors';
import type { Backend } from '../../../electron/backend';
import { openTestBackend } from '../../support/backend';
import { plainPdf } from '../../support/hostile-files';
import { makeTempDir } from '../../support/temp-dir';
import { makeXlsx } from '../../support/xlsx';
import { snapshotPortfolio } from '../hostile/folder-snapshot';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Small damage of the kinds disks, downloads and hand edits do. */
const Mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('zero' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
);
type Mutation = typeof Mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    if (out.length === 0) break;
    const at = m.at % out.length;
    if (m.kind === 'flip') out[at] = out[at]! ^ (1 << m.bit);
    else if (m.kind === 'truncate') out = out.subarray(0, at);
    else if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
    else if (m.kind === 'zero') out.fill(0, at, Math.min(out.length, at + m.length));
    else out = Buffer.concat([out.subarray(0, at + m.length), out.subarray(at, at + m.length), out.subarray(at + m.length)]);
  }
  return new Uint8Array(out);
}

const damaged = (base: () => Uint8Array) => fc.array(Mutation, { minLength: 1, maxLength: 4 }).map((ms) => mutate(base(), ms));

describe('the spreadsheet importer and the archive restorer, fed random and damaged files', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let backend: Backend;
  let csv: Uint8Array;
  let xlsx: Uint8Array;
  let archive: Uint8Array;

  beforeAll(async () => {
    temp = await makeTempDir('techfolio-fuzz-files-');
    dataDir = path.join(temp.dir, 'data');
    backend = await openTestBackend(dataDir, 'web', { now: () => new Date('2026-03-01T10:00:00.000Z') });
    await backend.api.addCpd({ title: 'Existing record', startDate: '2025-01-05', hours: 3 });
    await backend.api.addEvidenceFile({ fileName: 'kept.pdf', dataBase64: b64(await plainPdf('Kept')) });
    csv = new TextEncoder().encode('Date,Activity,Hours,Category\n25/03/2025,LC-MS workshop,1.5,formal\n02/11/2024,"Fume cupboard, testing",6,\n');
    xlsx = new Uint8Array(await makeXlsx([['Date', 'Activity', 'Hours'], [{ serialDate: 45741 }, 'Spreadsheet course', 3], ['not a date', 'Broken row', 'x']]));
    const exported = await backend.api.exportArchive();
    archive = new Uint8Array(await readFile(path.join(dataDir, 'exports', exported.fileName)));
  }, 60_000);
  afterAll(async () => {
    await backend?.close();
    await temp?.remove();
  });

  const call = (method: ApiMethod, args: unknown[]): Promise<Envelope<unknown>> =>
    dispatch(backend.impl, method, args, (error) => {
      throw error;
    });

  /**
   * A refusal leaves the portfolio folder byte for byte as it was; a success fits the result
   * schema and keeps every record that was there before.
   */
  const refusedOrValid = async (method: ApiMethod, args: unknown[], changesOnSuccess: boolean) => {
    const before = await snapshotPortfolio(dataDir);
    const envelope = await call(method, args);
    if (!envelope.ok) {
      expect(['refused', 'validation'], `${method}: ${envelope.error.code}: ${envelope.error.message}`).toContain(envelope.error.code);
      expect(envelope.error.message).toMatch(/\w/);
      expect(await snapshotPortfolio(dataDir)).toEqual(before);
      return;
    }
    expect(apiSchema[method].result.safeParse(envelope.value).success).toBe(true);
    if (!changesOnSuccess) expect(await snapshotPortfolio(dataDir)).toEqual(before);
  };

  const options = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

  it('previewImport of random bytes: a clear refusal or a preview, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('log.csv', 'log.xlsx', 'log.txt', '../../log.csv'), (bytes, fileName) =>
        refusedOrValid('previewImport', [{ fileName, dataBase64: b64(bytes) }], false),
      ),
      options(60),
    );
  });

  it('previewImport of damaged CSV and .xlsx files: a clear refusal or a preview, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged(() => csv), damaged(() => xlsx)), (bytes) =>
        refusedOrValid('previewImport', [{ fileName: 'damaged', dataBase64: b64(bytes) }], false),
      ),
      options(60),
    );
  });

  it('commitImport (all-or-nothing) of damaged files: refused with the portfolio unchanged, or records added and none lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged(() => csv), damaged(() => xlsx), fc.uint8Array({ maxLength: 512 })), async (bytes) => {
        const before = await backend.api.listCpd();
        await refusedOrValid('commitImport', [{ fileName: 'damaged.csv', dataBase64: b64(bytes), mode: 'all-or-nothing' }], true);
        const after = await backend.api.listCpd();
        expect(after.slice(0, before.length)).toEqual(before);
      }),
      options(40),
    );
  });

  it('restoreArchive of random bytes: refused with the portfolio unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, replace) =>
        refusedOrValid('restoreArchive', [{ dataBase64: b64(bytes), replace }], true),
      ),
      options(40),
    );
  });

  it('restoreArchive of a damaged real archive: refused with the portfolio unchanged, or a complete restore', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(() => archive), async (bytes) => {
        await refusedOrValid('restoreArchive', [{ dataBase64: b64(bytes), replace: true }], true);
        // Whatever happened, the portfolio is whole: it opens, and every file it cites is there.
        expect(await backend.evidence.verify()).toEqual([]);
      }),
      options(50),
    );
  });
});
