import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makePdf, makePng, makeWindowsExecutable } from '../../../support/evidence-files';
import { makeTempDir } from '../../../support/temp-dir';

describe('techfolio evidence add', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let inbox: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    dataDir = path.join(temp.dir, 'data');
    inbox = path.join(temp.dir, 'inbox');
    await mkdir(inbox);
  });
  afterEach(() => temp.remove());

  it('adds every file in a folder and prints added, duplicate or refused for each, exiting 1 if any was refused', async () => {
    const pdf = await makePdf('Folder');
    await writeFile(path.join(inbox, 'a-certificate.pdf'), pdf);
    await writeFile(path.join(inbox, 'b-same-certificate.pdf'), pdf);
    await writeFile(path.join(inbox, 'c-setup.exe.pdf'), makeWindowsExecutable());
    await writeFile(path.join(inbox, 'd-photo.png'), await makePng());
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', inbox]);
    expect(result.code).toBe(1);
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(`added: ${path.join(inbox, 'a-certificate.pdf')} as "a-certificate"`);
    expect(lines[1]).toBe(`duplicate: ${path.join(inbox, 'b-same-certificate.pdf')} is already kept as "a-certificate"`);
    expect(lines[2]).toMatch(/^refused: .*c-setup\.exe\.pdf: c-setup\.exe\.pdf is a program, not a document/);
    expect(lines[3]).toMatch(/^added: .*d-photo\.png/);

    const backend = await openTestBackend(dataDir);
    expect((await backend.api.listEvidence()).map((e) => e.title)).toEqual(['a-certificate', 'd-photo']);
    await backend.close();
  });

  it('uses --title and exits 0 when every file was kept', async () => {
    const file = path.join(inbox, 'scan.pdf');
    await writeFile(file, await makePdf('Titled'));
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', file, '--title', 'Radiation protection certificate']);
    expect(result).toMatchObject({ code: 0, out: `added: ${file} as "Radiation protection certificate"\n` });
  });

  it('refuses a path that does not exist, without a stack trace', async () => {
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', path.join(inbox, 'missing.pdf')]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('does not exist');
    expect(result.out + result.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when no path is given', async () => {
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add']);
    expect(result.code).toBe(2);
    expect(result.err).toContain("missing required argument 'paths'");
  });

  it('says clearly when the portfolio is open elsewhere', async () => {
    const backend = await openTestBackend(dataDir);
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', inbox]);
    await backend.close();
    expect(result.code).toBe(1);
    expect(result.err).toBe('techfolio: This portfolio is already open in another Techfolio window or command. Close it and try again.\n');
  });
});
