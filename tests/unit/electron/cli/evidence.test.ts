import { createHash } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packImageCacheDir, packImageEntry } from '../../../../electron/pack/pack-image-cache';
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
    const png = await makePng();
    await writeFile(path.join(inbox, 'd-photo.png'), png);
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', inbox]);
    expect(result.code).toBe(1);
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(`added: ${path.join(inbox, 'a-certificate.pdf')} as "a-certificate"`);
    expect(lines[1]).toBe(`duplicate: ${path.join(inbox, 'b-same-certificate.pdf')} is already kept as "a-certificate"`);
    expect(lines[2]).toMatch(/^refused: .*c-setup\.exe\.pdf: c-setup\.exe\.pdf is a program, not a document/);
    expect(lines[3]).toMatch(/^added: .*d-photo\.png/);
    // The photo was made ready for print before the command ended; the PDFs need no preparing.
    const cacheDir = packImageCacheDir(dataDir);
    expect(await readdir(cacheDir)).toEqual([path.basename(packImageEntry(cacheDir, createHash('sha256').update(png).digest('hex'), 200))]);

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

describe('techfolio evidence add with details, criteria and a record', () => {
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

  /** Runs something against the portfolio between commands, as the app would. */
  async function withApi<T>(run: (api: Awaited<ReturnType<typeof openTestBackend>>['api']) => Promise<T>): Promise<T> {
    const backend = await openTestBackend(dataDir);
    try {
      return await run(backend.api);
    } finally {
      await backend.close();
    }
  }
  const pdfFile = async (name: string, text = name) => {
    const file = path.join(inbox, name);
    await writeFile(file, await makePdf(text));
    return file;
  };

  it('adds one PDF with title, UK date, pages and criteria from two frameworks, linked to a CPD record', async () => {
    const cpd = await withApi((api) => api.addCpd({ title: 'Autoclave training', startDate: '2025-02-01', hours: 3 }));
    const manual = await pdfFile('manual.pdf');
    const result = await runTechfolio([
      '--data-dir', dataDir, 'evidence', 'add', manual,
      '--title', 'Autoclave manual', '--date', '03/02/2025', '--pages', '12–14, 3',
      '--criteria', 'sc-rscitech:B2,c1', '--criteria', 'sc-csci:A1', '--record', cpd.id,
    ]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(
      `added: ${manual} as "Autoclave manual"; pages 3, 12-14; criteria sc-rscitech:B2,C1 sc-csci:A1\n` + 'linked to CPD record "Autoclave training": "Autoclave manual"\n',
    );
    const [item] = await withApi((api) => api.listEvidence());
    expect(item).toMatchObject({ title: 'Autoclave manual', date: '2025-02-03', pages: '3, 12-14' });
    expect(item!.mappings.map((m) => `${m.frameworkId}:${m.code}`)).toEqual(['sc-rscitech:B2', 'sc-rscitech:C1', 'sc-csci:A1']);
    expect((await withApi((api) => api.getCpd(cpd.id))).evidenceIds).toEqual([item!.id]);
  });

  it('links every file of a folder to a Technician Commitment record, a code without prefix continuing the framework', async () => {
    const outreach = await withApi((api) => api.addActivity({ kind: 'outreach', title: 'School science fair', outreachType: 'school-visit', date: '2025-05-01' }));
    await pdfFile('a.pdf');
    await pdfFile('b.pdf');
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', inbox, '--criteria', 'sc-rscitech:D1,D2', '--record', outreach.id]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('linked to outreach activity "School science fair": "a", "b"');
    const items = await withApi((api) => api.listEvidence());
    expect(items.map((i) => formatCodes(i.mappings))).toEqual(['sc-rscitech:D1 sc-rscitech:D2', 'sc-rscitech:D1 sc-rscitech:D2']);
    const [activity] = await withApi((api) => api.listActivities('outreach'));
    expect(activity!.evidenceIds).toEqual(items.map((i) => i.id));
  });

  it('maps and links a file kept before instead of adding it twice', async () => {
    const file = await pdfFile('kept.pdf');
    await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', file, '--criteria', 'sc-rscitech:A1']);
    const training = await withApi((api) => api.addTraining({ course: 'Laser safety', completedDate: '2025-01-10' }));
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', file, '--criteria', 'sc-rscitech:A1,A2', '--record', training.id]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`duplicate: ${file} is already kept as "kept"\nlinked to training record "Laser safety": "kept"\nmapped: "kept" now shows sc-rscitech:A1,A2\n`);
    const items = await withApi((api) => api.listEvidence());
    expect(items).toHaveLength(1);
    expect((await withApi((api) => api.listTraining()))[0]!.evidenceIds).toEqual([items[0]!.id]);
  });

  /** Each refusal exits 1, says what to do on stderr, and leaves the portfolio as it was. */
  it.each([
    ['an unknown framework, listing the frameworks', ['--criteria', 'sc-nope:A1'], /there is no framework "sc-nope"\. The frameworks are: .*sc-rscitech/],
    ['an unknown code, listing the framework\'s codes', ['--criteria', 'sc-rscitech:B2,Z9'], /RSciTech \(sc-rscitech\) has no criterion "Z9"\. Its criteria are: A1, A2, A3, B1, .*E2\./],
    ['a code before any framework', ['--criteria', 'B2'], /"B2" does not say which framework it belongs to\. Write --criteria FRAMEWORK:CODE,CODE/],
    ['a record id that names nothing', ['--record', 'no-such-record'], /--record: no CPD, training, qualification or Technician Commitment record has the id "no-such-record"\. Nothing was added\./],
    ['pages that are not pages', ['--pages', '3-1'], /--pages "3-1": "3-1" runs backwards.*Write pages like "1-3, 7" or "10-"\. Nothing was added\./],
    ['a date that is not a date', ['--date', '31/02/2025'], /--date "31\/02\/2025" is not a date/],
    ['a title for several files', ['--title', 'One title'], /--title describes one file, but 2 files were given\. Add the files one at a time/],
  ])('refuses %s, adding nothing', async (_, options, message) => {
    await pdfFile('a.pdf');
    await pdfFile('b.pdf');
    const single = options[0] === '--title' ? [inbox] : [path.join(inbox, 'a.pdf')];
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', ...single, ...options]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(await withApi((api) => api.listEvidence())).toEqual([]);
  });

  it('refuses pages for a picture, adding nothing', async () => {
    const photo = path.join(inbox, 'photo.png');
    await writeFile(photo, await makePng());
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', photo, '--pages', '1']);
    expect(result.code).toBe(1);
    expect(result.out).toBe(`refused: ${photo}: Pages can be chosen only for a PDF; photo.png is always included whole, so leave the pages out.\n`);
    expect(await withApi((api) => api.listEvidence())).toEqual([]);
  });

  it('takes this run\'s files out again when the record cannot cite them all, keeping what was there', async () => {
    const before = await withApi(async (api) => {
      const notes = [];
      for (let i = 0; i < 49; i++) notes.push((await api.addEvidenceNote({ title: `Note ${i}`, note: 'Seen.' })).id);
      return api.addQualification({ title: 'HNC Applied Biology', evidenceIds: notes });
    });
    await pdfFile('a.pdf');
    await pdfFile('b.pdf');
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', inbox, '--record', before.id]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('refused: linking to qualification "HNC Applied Biology": "HNC Applied Biology" cannot cite 51 evidence items');
    expect(result.out).toContain('removed again: "a", "b"; nothing was added.');
    expect(await withApi((api) => api.listEvidence())).toHaveLength(49);
    expect((await withApi((api) => api.listQualifications()))[0]!.evidenceIds).toEqual(before.evidenceIds);
  });
});

const formatCodes = (mappings: readonly { frameworkId: string; code: string }[]) => mappings.map((m) => `${m.frameworkId}:${m.code}`).join(' ');

describe('techfolio evidence map and list', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let id: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    dataDir = path.join(temp.dir, 'data');
    const backend = await openTestBackend(dataDir);
    const { item } = await backend.api.addEvidenceFile({ fileName: 'manual.pdf', dataBase64: Buffer.from(await makePdf('Manual')).toString('base64'), title: 'Autoclave manual', date: '2025-02-03', pages: '10-' });
    await backend.api.setMappings({ kind: 'evidence', id: item.id }, [
      { frameworkId: 'sc-rscitech', code: 'A1', note: 'Chapter 2 is mine' },
      { frameworkId: 'sc-csci', code: 'A1', note: '' },
    ]);
    id = item.id;
    await backend.close();
  });
  afterEach(() => temp.remove());

  const mappingsNow = async () => {
    const backend = await openTestBackend(dataDir);
    const [item] = await backend.api.listEvidence();
    await backend.close();
    return item!.mappings;
  };

  it('adds criteria, keeping the ones there and their notes', async () => {
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'map', id, '--criteria', 'sc-rscitech:A1,B2']);
    expect(result).toMatchObject({ code: 0, out: '"Autoclave manual" is mapped to sc-rscitech:A1,B2 sc-csci:A1\n' });
    const mappings = await mappingsNow();
    expect(formatCodes(mappings)).toBe('sc-rscitech:A1 sc-csci:A1 sc-rscitech:B2');
    expect(mappings[0]!.note).toBe('Chapter 2 is mine');
  });

  it('--replace replaces only the named framework\'s criteria', async () => {
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'map', id, '--criteria', 'sc-rscitech:C1', '--replace']);
    expect(result.code).toBe(0);
    expect(formatCodes(await mappingsNow())).toBe('sc-csci:A1 sc-rscitech:C1');
  });

  it('--clear removes one framework\'s criteria', async () => {
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'map', id, '--clear', 'sc-rscitech']);
    expect(result).toMatchObject({ code: 0, out: '"Autoclave manual" is mapped to sc-csci:A1\n' });
    await runTechfolio(['--data-dir', dataDir, 'evidence', 'map', id, '--clear', 'sc-csci']);
    expect(await mappingsNow()).toEqual([]);
  });

  it.each([
    ['an unknown id', ['no-such-item', '--criteria', 'sc-rscitech:B1'], 'No evidence item has the id "no-such-item". See the ids with `techfolio evidence list`.'],
    ['an unknown code', ['ID', '--criteria', 'sc-rscitech:B1,Q7'], 'has no criterion "Q7". Its criteria are: A1'],
    ['an unknown framework to clear', ['ID', '--clear', 'sc-nope'], '--clear: there is no framework "sc-nope"'],
    ['--replace with no criteria', ['ID', '--replace'], '--replace needs --criteria'],
    ['nothing to do', ['ID'], 'Say what to change'],
  ])('refuses %s with exit 1, changing nothing', async (_, args, message) => {
    const before = await mappingsNow();
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'map', ...args.map((a) => (a === 'ID' ? id : a))]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(message);
    expect(await mappingsNow()).toEqual(before);
  });

  it('lists id, date, pages, title and criteria', async () => {
    const backend = await openTestBackend(dataDir);
    const note = await backend.api.addEvidenceNote({ title: 'Observed by manager', note: 'Ran it alone.', date: '2025-01-05' });
    await backend.close();
    const result = await runTechfolio(['--data-dir', dataDir, 'evidence', 'list']);
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^ID\s+Date\s+Pages\s+Title\s+Criteria$/);
    expect(lines[1]).toMatch(new RegExp(`^${note.id}\\s+05/01/2025\\s+-\\s+Observed by manager\\s+-$`));
    expect(lines[2]).toMatch(new RegExp(`^${id}\\s+03/02/2025\\s+10-\\s+Autoclave manual\\s+sc-rscitech:A1 sc-csci:A1$`));
    expect(result.out).toContain('\n2 items\n');
  });

  it('says so when there is no evidence', async () => {
    const empty = path.join(temp.dir, 'empty');
    expect(await runTechfolio(['--data-dir', empty, 'evidence', 'list'])).toMatchObject({ code: 0, out: 'No evidence yet. Add files with `techfolio evidence add FILE`.\n' });
  });
});
