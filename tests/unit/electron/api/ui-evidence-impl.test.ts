import { rm, truncate } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PREVIEW_BYTES } from '../../../../core/api/methods/ui-evidence';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makePdf } from '../../../support/evidence-files';
import { makeTempDir } from '../../../support/temp-dir';

describe('readEvidenceFile', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(temp.dir);
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it('returns the exact bytes of a kept PDF with its name and detected type', async () => {
    const pdf = await makePdf('Fire safety certificate');
    const { item } = await backend.api.addEvidenceFile({ fileName: 'fire.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
    const file = await backend.api.readEvidenceFile(item.id);
    expect(file).toMatchObject({ fileName: 'fire.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect(Buffer.from(file.dataBase64, 'base64').equals(Buffer.from(pdf))).toBe(true);
  });

  it('refuses a note, which has no file, naming what it is', async () => {
    const note = await backend.api.addEvidenceNote({ title: 'Observed by manager', note: 'Ran the autoclave unsupervised.' });
    await expect(backend.api.readEvidenceFile(note.id)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('is a note') });
  });

  it('refuses an id that is not in the portfolio as not-found', async () => {
    await expect(backend.api.readEvidenceFile('no-such-item')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a file over the 25 MB preview limit with a message that it is still kept', async () => {
    const pdf = await makePdf('Large scan');
    const { item } = await backend.api.addEvidenceFile({ fileName: 'scan.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
    if (item.kind !== 'file') throw new Error('expected a file item');
    // Grow the kept file past the limit without writing 25 MB of test data through the API.
    await truncate(backend.evidence.pathFor(item.file.sha256), MAX_PREVIEW_BYTES + 1);
    await expect(backend.api.readEvidenceFile(item.id)).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/scan\.pdf is 25 MB; files over 25 MB are kept but not previewed/) });
  });

  it('reports a file missing from the evidence folder as not-found with what to do', async () => {
    const pdf = await makePdf('Gone');
    const { item } = await backend.api.addEvidenceFile({ fileName: 'gone.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
    if (item.kind !== 'file') throw new Error('expected a file item');
    await rm(backend.evidence.pathFor(item.file.sha256));
    await expect(backend.api.readEvidenceFile(item.id)).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('Restore a backup') });
  });
});
