import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('the portfolio store', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('keeps a saved record on disk: a new backend over the same folder sees it', async () => {
    const first = await openTestBackend(temp.dir);
    const saved = await first.api.addCpd({ title: 'Biosafety level 2 refresher', startDate: '2025-05-06', hours: 3.5 });
    await first.close();

    const onDisk = JSON.parse(await readFile(path.join(temp.dir, 'portfolio.json'), 'utf8')) as { cpd: unknown[] };
    expect(onDisk.cpd).toEqual([saved]);

    const second = await openTestBackend(temp.dir);
    expect(await second.api.listCpd()).toEqual([saved]);
    await second.close();
  });

  it('reports the data folder it was opened on', async () => {
    const backend = await openTestBackend(temp.dir, 'cli');
    expect(await backend.api.getInfo()).toMatchObject({ name: 'Techfolio', dataDir: temp.dir, transport: 'cli' });
    await backend.close();
  });
});
