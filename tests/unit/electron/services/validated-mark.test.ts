import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Portfolio } from '../../../../core/model/portfolio';
import { openBackend } from '../../../../electron/backend';
import { readStoreText } from '../../../../electron/services/integrity-check';
import { schemaFingerprint, sha256Of, validatedMarkPathFor } from '../../../../electron/services/validated-mark';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('portfolio.validated.json: the schema check skipped at open for bytes already checked', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: string;
  let mark: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = path.join(temp.dir, 'portfolio.json');
    mark = validatedMarkPathFor(store);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    return temp.remove();
  });

  /** Two records saved through the backend, which marks the bytes it wrote. */
  async function savedPortfolio(): Promise<void> {
    const backend = await openTestBackend(temp.dir);
    await backend.api.addCpd({ title: 'Autoclave validation', startDate: '2025-04-01', hours: 2 });
    await backend.api.addCpd({ title: 'Fume cupboard checks', startDate: '2025-05-01', hours: 1 });
    await backend.close();
  }

  /** Opens the folder, counting how often the whole portfolio is checked against its schema. */
  async function openCounting(version = '0.0.0-test') {
    const parse = vi.spyOn(Portfolio, 'safeParse');
    const backend = await openBackend({ dataDir: temp.dir, transport: 'web', version });
    const checks = parse.mock.calls.length;
    parse.mockRestore();
    const titles = (await backend.api.listCpd()).map((r) => r.title).sort();
    const portfolio = backend.portfolio.read();
    const outcome = backend.startupCheck.outcome;
    await backend.close();
    return { checks, titles, portfolio, outcome };
  }

  it('is written when a folder saved into is closed, not at each save, and not when the file changed meanwhile', async () => {
    const backend = await openTestBackend(temp.dir);
    // The new, empty portfolio written at open is marked with it.
    const atOpen = await readFile(mark, 'utf8');
    await backend.api.addCpd({ title: 'Autoclave validation', startDate: '2025-04-01', hours: 2 });
    expect(await readFile(mark, 'utf8')).toBe(atOpen);
    await writeFile(store, `${await readFile(store, 'utf8')} `);
    await backend.close();
    expect(await readFile(mark, 'utf8')).toBe(atOpen);
  });

  it('is written with the save the folder was closed on, privately, and names the hash of the bytes saved', async () => {
    await savedPortfolio();
    const content = JSON.parse(await readFile(mark, 'utf8')) as { sha256: string; fingerprint: string };
    expect(content.sha256).toBe(sha256Of(await readFile(store)));
    expect(content.fingerprint).toBe(schemaFingerprint('0.0.0-test'));
    if (process.platform !== 'win32') expect((await stat(mark)).mode & 0o777).toBe(0o600);
  });

  it('lets an open skip the schema check, giving exactly the portfolio a full check gives', async () => {
    await savedPortfolio();
    const fast = await openCounting();
    expect(fast.checks).toBe(0);
    expect(fast.outcome).toBe('ok');
    expect(fast.titles).toEqual(['Autoclave validation', 'Fume cupboard checks']);
    const full = readStoreText(await readFile(store, 'utf8'));
    expect(full.ok && full.portfolio).toStrictEqual(fast.portfolio);
    expect(Object.isFrozen(fast.portfolio.cpd[0])).toBe(true);
  });

  it('never vouches for a file edited by hand after the save: one invalid record is caught and the store rebuilt', async () => {
    await savedPortfolio();
    const markBefore = await readFile(mark, 'utf8');
    const text = await readFile(store, 'utf8');
    await writeFile(store, text.replace('"hours":1', '"hours":-5'));
    expect(await readFile(mark, 'utf8')).toBe(markBefore);

    const opened = await openCounting();
    expect(opened.checks).toBeGreaterThan(0);
    expect(opened.outcome).toBe('recovered');
    expect(opened.titles).toEqual(['Autoclave validation', 'Fume cupboard checks']);
    expect(opened.portfolio.cpd.every((r) => r.hours > 0)).toBe(true);
    expect(await readdir(path.join(temp.dir, 'damaged'))).toHaveLength(1);
  });

  it('is ignored when written by another build (another app version or schema)', async () => {
    await savedPortfolio();
    expect((await openCounting('0.0.1-other')).checks).toBeGreaterThan(0);
    const content = JSON.parse(await readFile(mark, 'utf8')) as Record<string, unknown>;
    await writeFile(mark, JSON.stringify({ ...content, fingerprint: 'f'.repeat(64) }));
    const opened = await openCounting();
    expect(opened.checks).toBeGreaterThan(0);
    expect(opened.outcome).toBe('ok');
    expect(schemaFingerprint('0.0.0-test')).toBe(schemaFingerprint('0.0.0-test'));
    expect(schemaFingerprint('0.0.1-other')).not.toBe(schemaFingerprint('0.0.0-test'));
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, 40)],
    ['garbage', () => '\u0000\u00ff not json'],
    ['empty', () => ''],
    ['of another format version', (text: string) => text.replace(/"schemaVersion":\d+/, '"schemaVersion":1')],
    ['a list, not an object', () => '[]'],
  ])('is ignored when %s: the open checks in full and the portfolio is intact', async (_, spoil) => {
    await savedPortfolio();
    await writeFile(mark, spoil(await readFile(mark, 'utf8')));
    const opened = await openCounting();
    expect(opened.checks).toBeGreaterThan(0);
    expect(opened.outcome).toBe('ok');
    expect(opened.titles).toEqual(['Autoclave validation', 'Fume cupboard checks']);
  });

  it('is not written by an open that changes nothing', async () => {
    await savedPortfolio();
    await writeFile(mark, 'spoilt');
    await openCounting();
    expect(await readFile(mark, 'utf8')).toBe('spoilt');
  });
});
