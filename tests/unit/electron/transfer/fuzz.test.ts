import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { planImport } from '../../../../core/import/import-plan';
import { CpdRecordInput } from '../../../../core/model/cpd-record';
import type { Portfolio } from '../../../../core/model/portfolio';
import { exportArchiveToPath } from '../../../../electron/transfer/archive-export';
import { restoreArchiveFromPath } from '../../../../electron/transfer/archive-restore';
import { backendTransferServices } from '../../../../electron/transfer/backend-transfer';
import { readSpreadsheet } from '../../../../electron/transfer/spreadsheet-file';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { makeXlsx } from '../../../support/xlsx';
import { fillPortfolio, snapshotFolder } from './archive-fixtures';

/** Reading then planning: either a plan or a message, never an exception. */
async function importOutcome(name: string, bytes: Uint8Array) {
  const read = await readSpreadsheet(name, bytes);
  if (!read.ok) return { ok: false as const, message: read.message };
  return planImport(read.table);
}

/** Flips, overwrites or cuts bytes of a valid file. */
const mutation = (length: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.nat(length - 1), { minLength: 1, maxLength: 6 }), mask: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(length - 1), mask: fc.constant(0) }),
  );
function mutate(bytes: Buffer, m: { kind: 'flip' | 'truncate'; at: number | number[]; mask: number }): Buffer {
  if (m.kind === 'truncate') return bytes.subarray(0, m.at as number);
  const out = Buffer.from(bytes);
  for (const at of m.at as number[]) out[at] = out[at]! ^ m.mask;
  return out;
}

const cellVocabulary = fc.oneof(
  fc.constantFrom('25/03/2025', '25/3/25', '31/02/2025', '45741', '1,5', '1:30', '90 min', '1h30', 'Self directed', 'Formal/Educational', '=1+1', '"', '', ' '),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

describe('fuzzing the importer', () => {
  it('random bytes give a plan or a clear message, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const outcome = await importOutcome('random.csv', bytes);
        if (!outcome.ok) expect(outcome.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('random spreadsheets: every non-blank row is either a valid record or rejected with its row number and a reason', async () => {
    const sheet = fc.record({
      delimiter: fc.constantFrom(',', ';', '\t'),
      rows: fc.array(fc.array(cellVocabulary, { minLength: 1, maxLength: 5 }), { maxLength: 30 }),
    });
    await fc.assert(
      fc.asyncProperty(sheet, async ({ delimiter, rows }) => {
        const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
        const text = ['Date,Activity,Hours,Category,Notes'.replace(/,/g, delimiter), ...rows.map((r) => r.map(quote).join(delimiter))].join('\r\n');
        const outcome = await importOutcome('log.csv', Buffer.from(text, 'utf8'));
        if (!outcome.ok) return;
        const { cpd: valid, rejected } = outcome.plan;
        const numbers = [...valid.map((v) => v.row), ...rejected.map((r) => r.row)];
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const n of numbers) expect(n).toBeGreaterThanOrEqual(2);
        for (const r of rejected) expect(r.reason.trim()).not.toBe('');
        for (const v of valid) expect(CpdRecordInput.safeParse(v.record).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a mutated .xlsx gives a plan or a clear message, never an exception', async () => {
    const xlsx = await makeXlsx([['Date', 'Activity', 'Hours'], [{ serialDate: 45741 }, 'Course', 1.5], ['26/03/2025', 'Seminar', '1h30']]);
    await fc.assert(
      fc.asyncProperty(mutation(xlsx.length), async (m) => {
        const outcome = await importOutcome('log.xlsx', mutate(xlsx, m));
        if (!outcome.ok) expect(outcome.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzzing an import through the API', () => {
  it('random and mutated CSV bytes are refused with a clear message and leave the portfolio unchanged', async () => {
    const temp = await makeTempDir();
    const backend = await openTestBackend(path.join(temp.dir, 'data'));
    try {
      await backend.api.addCpd({ title: 'Precious record', startDate: '2025-01-01', hours: 1 });
      const good = Buffer.from('Date,Activity,Hours\r\n25/03/2025,Course,1.5\r\n26/03/2025,Seminar,2\r\n', 'utf8');
      const inputs = fc.oneof(
        fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
        mutation(good.length).map((m) => mutate(good, m)),
      );
      await fc.assert(
        fc.asyncProperty(inputs, async (bytes) => {
          const before = backend.portfolio.read();
          try {
            const result = await backend.api.commitImport({ fileName: 'log.csv', dataBase64: bytes.toString('base64'), mode: 'all-or-nothing' });
            // Only a file whose every row is valid gets here, and then all of it is added.
            expect(result.rejected).toEqual([]);
            const after = backend.portfolio.read().cpd;
            expect(after.slice(0, before.cpd.length)).toEqual(before.cpd);
            expect(after).toHaveLength(before.cpd.length + result.added);
            backend.portfolio.update((current) => ({ next: before, result: current }));
          } catch (error) {
            expect(error).toBeInstanceOf(ApiError);
            expect(['refused', 'validation']).toContain((error as ApiError).code);
            expect((error as ApiError).message.length).toBeGreaterThan(10);
            expect(backend.portfolio.read()).toEqual(before);
          }
        }),
        { numRuns: 150 },
      );
    } finally {
      await backend.close();
      await temp.remove();
    }
  });
});

describe('fuzzing the restorer', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let valid: Buffer;
  let original: Portfolio;

  beforeAll(async () => {
    temp = await makeTempDir();
    const source = await openTestBackend(path.join(temp.dir, 'source'));
    try {
      await fillPortfolio(source);
      const file = path.join(temp.dir, 'valid.techfolio');
      await exportArchiveToPath(file, await backendTransferServices(source));
      valid = await readFile(file);
      original = source.portfolio.read();
    } finally {
      await source.close();
    }
  });
  afterAll(() => temp.remove());

  /**
   * Restores bytes over a portfolio holding a record (with replace): either a clear refusal and a
   * data folder exactly as before, or, if the damage missed everything that matters, the original.
   */
  async function restoreChecked(bytes: Buffer): Promise<'refused' | 'restored'> {
    const dir = await mkdtemp(path.join(temp.dir, 'target-'));
    const backend = await openTestBackend(dir);
    try {
      await backend.api.addCpd({ title: 'Precious record', startDate: '2025-01-01', hours: 1 });
      const file = path.join(temp.dir, `${path.basename(dir)}.techfolio`);
      await writeFile(file, bytes);
      const before = await snapshotFolder(dir);
      try {
        await restoreArchiveFromPath(file, { replace: true }, await backendTransferServices(backend));
      } catch (error) {
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).code).toBe('refused');
        expect((error as ApiError).message).toMatch(/Your portfolio has not been changed\.$/);
        expect(await snapshotFolder(dir)).toEqual(before);
        return 'refused';
      }
      expect(backend.portfolio.read()).toEqual(original);
      return 'restored';
    } finally {
      await backend.close();
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('random bytes are refused and change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 2000 }), async (bytes) => {
        expect(await restoreChecked(Buffer.from(bytes))).toBe('refused');
      }),
      { numRuns: 40 },
    );
  });

  it('a mutated or truncated archive is refused and changes nothing, unless the damage missed its content', async () => {
    const outcomes = { refused: 0, restored: 0 };
    await fc.assert(
      fc.asyncProperty(mutation(valid.length), async (m) => {
        outcomes[await restoreChecked(mutate(valid, m))] += 1;
      }),
      { numRuns: 150 },
    );
    // Most damage must be caught; the property above already holds for what was not.
    expect(outcomes.refused).toBeGreaterThan(outcomes.restored);
  });
});
