import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethods, apiSchema, type ApiMethod } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import type { Envelope } from '../../../core/api/errors';
import type { Backend } from '../../../electron/backend';
import { openTestBackend } from '../../support/backend';
import { HOSTILE_FILE_NAMES, elfExecutable, palettePng, plainPdf } from '../../support/hostile-files';
import { makeTempDir } from '../../support/temp-dir';
import { makeXlsx } from '../../support/xlsx';
import { snapshotTree } from '../hostile/folder-snapshot';
import { arbitraryFor, type StringPool } from './zod-arbitrary';

/** Fixed so a failure repeats; set FUZZ_SEED to explore other inputs. fast-check prints the seed and path of any failure. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

/** Calls that start a worker, write an archive or read a spreadsheet cost more: fewer runs. */
const HEAVY = new Set<ApiMethod>(['makePack', 'startPack', 'preflightPack', 'makeCpdSummary', 'makeAppraisalPack', 'makeProfilePage', 'restoreArchive', 'exportArchive', 'commitImport', 'previewImport', 'importFramework']);
const runsFor = (method: ApiMethod) => (HEAVY.has(method) ? 4 : 25);

/** The error codes a call may answer with for bad input; 'internal' (a crash) never. */
const EXPECTED_ERRORS = new Set(['validation', 'refused', 'not-found']);

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('every API call, fuzzed through the real dispatcher and backend', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let backend: Backend;
  let pool: StringPool;
  const internalErrors: unknown[] = [];
  /** How often each call answered what: printed with FUZZ_STATS=1, to see that the inputs reach past validation. */
  const outcomes = new Map<string, number>();

  /** The folders above the data folder, deep enough that "../../../x" from inside it still lands in the snapshot. */
  const outsideData = async () => {
    const all = await snapshotTree(temp.dir);
    const inside = path.relative(temp.dir, dataDir) + path.sep;
    return Object.fromEntries(Object.entries(all).filter(([file]) => !file.startsWith(inside)));
  };

  beforeAll(async () => {
    temp = await makeTempDir('techfolio-fuzz-');
    dataDir = path.join(temp.dir, 'one', 'two', 'three', 'four', 'data');
    backend = await openTestBackend(dataDir, 'web', { now: () => new Date('2026-03-01T10:00:00.000Z') });
    const cpd = await backend.api.addCpd({ title: 'Fuzz seed course', startDate: '2025-03-25', hours: 2 });
    const training = await backend.api.addTraining({ course: 'Fuzz seed training', completedDate: '2024-01-10', renewalMonths: 12 });
    const file = await backend.api.addEvidenceFile({ fileName: 'seed.pdf', dataBase64: b64(await plainPdf('Seed')), mappings: [{ frameworkId: 'sc-rscitech', code: 'A1' }] });
    const note = await backend.api.addEvidenceNote({ title: 'Seed note', note: 'A note.' });
    const link = await backend.api.addEvidenceLink({ title: 'Seed link', url: 'https://example.org/' });
    const statement = await backend.api.saveStatement('sc-rscitech', 'A1', 'I maintain the autoclaves.');
    const archive = await backend.api.exportArchive();
    const archiveBytes = await readFile(path.join(dataDir, 'exports', archive.fileName));
    const framework = JSON.parse(await readFile(new URL('../../../assets/frameworks/sc-rscitech.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const csv = 'Date,Activity,Hours\n25/03/2025,Fuzz workshop,2\nnot a date,Broken,x\n';
    pool = {
      values: [
        cpd.id,
        training.id,
        file.item.id,
        note.id,
        link.id,
        statement.updatedAt,
        file.item.kind === 'file' ? file.item.file.sha256 : '',
        'sc-rscitech',
        'ukspec4-engtech',
        'psf2023-afhea',
        'no-such-framework',
        'A1',
        'B2',
        'science-council',
        '2025-03-25',
        '2024-02-30',
        '2026-03-01T10:00:00.000Z',
        'https://example.org/evidence',
        'valid-only',
        'all-or-nothing',
        'nonexistent-id-12345',
        '00000000-0000-4000-8000-000000000000',
        '../../../../escaped',
        '..%2F..%2Fescaped',
        'C:\\Windows\\System32\\drivers\\etc\\hosts',
        '/etc/passwd',
        ...Object.values(HOSTILE_FILE_NAMES),
        'x'.repeat(5000),
        '\u202E\u0000\u001b[2J',
        JSON.stringify({ ...framework, id: 'fuzz-imported' }),
        JSON.stringify(framework),
        '{"not": "a framework"',
        b64(await plainPdf('Fuzz')),
        b64(await palettePng()),
        b64(elfExecutable()),
        b64(csv),
        b64(await makeXlsx([['Date', 'Activity', 'Hours'], [{ serialDate: 45741 }, 'Spreadsheet course', 3]])),
        b64(archiveBytes),
        b64(archiveBytes.subarray(0, Math.floor(archiveBytes.length / 2))),
        b64('PK\u0003\u0004 not really a zip'),
        '',
      ],
    };
  }, 60_000);

  afterAll(async () => {
    if (process.env.FUZZ_STATS) console.log([...outcomes].sort().map(([k, n]) => `${k}: ${n}`).join('\n'));
    await backend?.close();
    await temp?.remove();
  });

  /** One call; the answer must be a result that fits the method's schema or an expected error envelope. */
  const check = async (method: ApiMethod, args: unknown) => {
    const envelope: Envelope<unknown> = await dispatch(backend.impl, method, args, (error) => internalErrors.push(error));
    const key = `${method} ${envelope.ok ? 'ok' : envelope.error.code}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    if (envelope.ok) {
      const parsed = apiSchema[method].result.safeParse(envelope.value);
      if (!parsed.success) throw new Error(`${method} answered with a value that does not fit its result schema: ${parsed.error.message}`);
      return;
    }
    if (!EXPECTED_ERRORS.has(envelope.error.code)) {
      throw new Error(`${method} answered '${envelope.error.code}': ${envelope.error.message}\n${internalErrors.map((e) => (e instanceof Error ? e.stack : String(e))).join('\n')}`);
    }
    expect(envelope.error.message.trim().length, `${method} gave an empty message`).toBeGreaterThan(0);
  };

  it.each(apiMethods)('%s: schema-shaped and mutated arguments give a valid result or a clear error, never a crash or a write outside the data folder', async (method) => {
    const before = await outsideData();
    const args = arbitraryFor(apiSchema[method].args, pool);
    await fc.assert(
      fc.asyncProperty(args, (a) => check(method, a)),
      { seed: SEED + apiMethods.indexOf(method), numRuns: runsFor(method), endOnFailure: true },
    );
    expect(await outsideData()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
    // Calls that start the PDF worker take a few seconds each on a busy machine.
  }, 60_000);

  it('any argument list at all, for every call, gives a valid result or a clear error, never a crash', async () => {
    const before = await outsideData();
    const cheap = apiMethods.filter((m) => !HEAVY.has(m));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cheap), fc.oneof(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }), fc.anything({ maxDepth: 2 })), (method, args) => check(method, args)),
      { seed: SEED, numRuns: 300 },
    );
    expect(await outsideData()).toEqual(before);
  });

  it('an unknown method name gives the unknown-method error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string().filter((s) => !(apiMethods as string[]).includes(s)), async (name) => {
        const envelope = await dispatch(backend.impl, name, []);
        expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
      }),
      { seed: SEED, numRuns: 50 },
    );
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(await dispatch(backend.impl, name, [])).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('the portfolio still opens and validates after the whole run', async () => {
    const list = await readdir(dataDir);
    expect(list).toContain('portfolio.json');
    expect(internalErrors).toEqual([]);
    await expect(backend.api.getStorageStatus()).resolves.toMatchObject({ dataDir });
  });
});
