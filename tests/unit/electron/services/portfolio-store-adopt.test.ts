import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Portfolio } from '../../../../core/model/portfolio';
import { portfolioJson } from '../../../../electron/services/portfolio-json';
import { fileIdentity, PortfolioStore } from '../../../../electron/services/portfolio-store';
import { openTestBackend } from '../../../support/backend';
import { makeCpdRecord } from '../../../support/fixtures';
import { makeTempDir } from '../../../support/temp-dir';

describe('the store at open', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => {
    vi.restoreAllMocks();
    return temp.remove();
  });

  const storeWith = async (title: string) => {
    const file = path.join(temp.dir, 'portfolio.json');
    const portfolio = Portfolio.parse({ cpd: [makeCpdRecord({ title })] });
    await writeFile(file, portfolioJson(portfolio));
    return { file, portfolio };
  };

  it('takes the reading the startup check validated while the file is unchanged', async () => {
    const { file, portfolio } = await storeWith('Fume cupboard checks');
    const store = new PortfolioStore(file);
    store.adopt(portfolio, fileIdentity(file));
    expect(store.read()).toBe(portfolio);
    expect(Object.isFrozen(store.read())).toBe(true);
  });

  it('reads the file itself when it changed after the reading', async () => {
    const { file, portfolio } = await storeWith('Fume cupboard checks');
    const readFrom = fileIdentity(file);
    await storeWith('Autoclave validation, with a longer title');
    const store = new PortfolioStore(file);
    store.adopt(portfolio, readFrom);
    expect(store.read().cpd.map((r) => r.title)).toEqual(['Autoclave validation, with a longer title']);
  });

  it('validates the store once when a backend opens', async () => {
    await storeWith('Fume cupboard checks');
    const parse = vi.spyOn(Portfolio, 'safeParse');
    const backend = await openTestBackend(temp.dir);
    try {
      expect((await backend.api.listCpd()).map((r) => r.title)).toEqual(['Fume cupboard checks']);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      await backend.close();
    }
  });
});
