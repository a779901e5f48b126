import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { makeCertificatePdf, makeTextlessPdf } from '../../../support/certificate-files';
import { makeTempDir } from '../../../support/temp-dir';
import { InboxService } from '../../../../electron/inbox/inbox-service';
import { readInboxState } from '../../../../electron/inbox/inbox-state';
import type { Backend } from '../../../../electron/backend';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let backend: Backend;
let dataDir: string;
let inboxDir: string;

beforeEach(async () => {
  temp = await makeTempDir();
  dataDir = path.join(temp.dir, 'data');
  inboxDir = path.join(temp.dir, 'OneDrive - Lab', 'Certificates');
  await mkdir(inboxDir, { recursive: true });
  backend = await openTestBackend(dataDir);
});
afterEach(async () => {
  await backend.close();
  await temp.remove();
});

/** The backend's inbox with a short settle time, as tests cannot wait long. */
const quickInbox = () => new InboxService(dataDir, backend.portfolio, backend.evidence, backend.evidenceText, () => new Date('2025-06-10T12:00:00Z'), 50);

describe('the inbox', () => {
  it('says how many files are new without writing anything, and nothing once they are taken', async () => {
    const inbox = quickInbox();
    expect(await inbox.pending()).toBe(0); // no folder chosen
    await inbox.setFolder(inboxDir);
    await writeFile(path.join(inboxDir, 'first aid.pdf'), await makeCertificatePdf(['First Aid at Work', 'Completed 2 May 2025']));
    await writeFile(path.join(inboxDir, 'notes.pdf'), await makeTextlessPdf());
    const before = await readInboxState(dataDir);
    expect(await inbox.pending()).toBe(2);
    expect(await readInboxState(dataDir)).toEqual(before);
    expect(await backend.api.listCpd()).toHaveLength(0);

    expect((await inbox.takeIn()).made).toHaveLength(2);
    expect(await inbox.pending()).toBe(0);
    // A file changed in place is new again (the taken content is still known by its hash).
    await writeFile(path.join(inboxDir, 'notes.pdf'), await makeCertificatePdf(['Radiation safety refresher', 'Completed 9 May 2025']));
    expect(await inbox.pending()).toBe(1);
  });

  it('makes a draft CPD record per new file, prefilled from its text, citing the file in the vault', async () => {
    const coshhPdf = await makeCertificatePdf(['Certificate of Completion', 'Course title: COSHH Awareness', 'Provider: Acme Safety Training Ltd', 'Completed 12 March 2025', 'Duration: 3 hours']);
    await writeFile(path.join(inboxDir, 'coshh cert.pdf'), coshhPdf);
    await writeFile(path.join(inboxDir, 'blank_scan.pdf'), await makeTextlessPdf());
    const inbox = quickInbox();
    const run = await inbox.takeIn(inboxDir);
    expect(run.made.map((m) => m.fileName)).toEqual(['blank_scan.pdf', 'coshh cert.pdf']);

    const cpd = await backend.api.listCpd();
    expect(cpd).toHaveLength(2);
    const coshh = cpd.find((r) => r.title === 'COSHH Awareness')!;
    expect(coshh).toMatchObject({ status: 'draft', startDate: '2025-03-12', hours: 3, tags: ['inbox'] });
    expect(coshh.description).toMatch(/^From the inbox: coshh cert\.pdf\n/);
    expect(coshh.description).toMatch(/provider Acme Safety Training Ltd/);
    const evidence = await backend.api.listEvidence();
    expect(coshh.evidenceIds).toEqual([evidence.find((e) => e.kind === 'file' && e.file.originalName === 'coshh cert.pdf')!.id]);

    const blank = cpd.find((r) => r.title === 'blank scan')!;
    expect(blank).toMatchObject({ status: 'draft', startDate: '2025-06-10', hours: 1 });
    expect(blank.description).toMatch(/No words could be read from this file\.\nNot found in it, so please fill in: the title, the date, the hours\./);

    // Taken once: a second look, a renamed copy and a new backend make nothing more; nothing is deleted.
    expect((await inbox.takeIn(inboxDir)).made).toEqual([]);
    await writeFile(path.join(inboxDir, 'copy of coshh.pdf'), coshhPdf);
    expect((await quickInbox().takeIn(inboxDir)).made).toEqual([]);
    expect(await backend.api.listCpd()).toHaveLength(2);
    expect((await readdir(inboxDir)).sort()).toEqual(['blank_scan.pdf', 'copy of coshh.pdf', 'coshh cert.pdf']);
    expect(Object.keys((await readInboxState(dataDir)).taken)).toHaveLength(2);
  });

  it('waits for a file that is still changing, and skips partial and hidden files', async () => {
    const growing = path.join(inboxDir, 'arriving.pdf');
    await writeFile(growing, (await makeCertificatePdf(['Laser Safety'])).subarray(0, 100));
    await writeFile(path.join(inboxDir, 'download.pdf.crdownload'), await makeCertificatePdf(['Partial']));
    await writeFile(path.join(inboxDir, '.hidden.pdf'), await makeCertificatePdf(['Hidden']));
    await writeFile(path.join(inboxDir, '~$report.docx'), 'lock');
    await writeFile(path.join(inboxDir, 'empty.pdf'), '');
    const inbox = new InboxService(dataDir, backend.portfolio, backend.evidence, backend.evidenceText, () => new Date(), 0);
    // With no time to settle, a file seen for the first time waits.
    const first = await inbox.takeIn(inboxDir);
    expect(first.made).toEqual([]);
    expect(first.waiting.sort()).toEqual(['arriving.pdf', 'empty.pdf']);
    // It changed since: it waits again.
    await writeFile(growing, await makeCertificatePdf(['Laser Safety', 'Completed 2 May 2025']));
    await utimes(growing, new Date(), new Date(Date.now() + 5000));
    expect((await inbox.takeIn(inboxDir)).waiting).toContain('arriving.pdf');
    // Unchanged across two looks: taken.
    const third = await inbox.takeIn(inboxDir);
    expect(third.made.map((m) => m.fileName)).toEqual(['arriving.pdf']);
    expect(third.waiting).toEqual(['empty.pdf']);
  });

  it('says once that a kind of file is not kept, and takes a file already in the evidence without a draft', async () => {
    await writeFile(path.join(inboxDir, 'setup.exe'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(600)]));
    const pdf = await makeCertificatePdf(['Already here']);
    await backend.api.addEvidenceFile({ fileName: 'here.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
    await writeFile(path.join(inboxDir, 'here again.pdf'), pdf);
    const inbox = quickInbox();
    const run = await inbox.takeIn(inboxDir);
    expect(run.refused.map((r) => r.fileName)).toEqual(['setup.exe']);
    expect(run.alreadyEvidence.map((r) => r.fileName)).toEqual(['here again.pdf']);
    expect(run.made).toEqual([]);
    const again = await inbox.takeIn(inboxDir);
    expect(again.refused).toEqual([]);
    expect(await backend.api.listCpd()).toEqual([]);
  });

  it('refuses a folder that is missing, a file, relative, or the data folder, saying what to do', async () => {
    await expect(backend.api.setInboxFolder(path.join(temp.dir, 'nope'))).rejects.toThrow(/There is no folder at .*Make the folder first/);
    await expect(backend.api.setInboxFolder('Certificates')).rejects.toThrow(/not a full folder path/);
    await expect(backend.api.setInboxFolder(dataDir)).rejects.toThrow(/cannot be the portfolio's own data folder/);
    await expect(backend.api.setInboxFolder(temp.dir)).rejects.toThrow(/cannot be the portfolio's own data folder/);
    await writeFile(path.join(inboxDir, 'a.txt'), 'x');
    await expect(backend.api.setInboxFolder(path.join(inboxDir, 'a.txt'))).rejects.toThrow(/is a file, not a folder/);
    expect(await backend.api.setInboxFolder(inboxDir)).toEqual({ folder: inboxDir, taken: 0 });
    expect(await backend.api.getInbox()).toEqual({ folder: inboxDir, taken: 0 });
    expect(await backend.api.setInboxFolder(null)).toEqual({ folder: null, taken: 0 });
    expect(await backend.api.checkInbox()).toEqual({ folder: null, made: [], alreadyEvidence: [], refused: [], waiting: [] });
  });

  it('says when the chosen folder cannot be read, and carries on next time', async () => {
    const gone = path.join(temp.dir, 'synced');
    await mkdir(gone);
    await backend.api.setInboxFolder(gone);
    await rm(gone, { recursive: true });
    const run = await backend.api.checkInbox();
    expect(run.problem).toMatch(/cannot be read just now/);
  });
});
