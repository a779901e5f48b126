import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makePdf, makePng } from '../../../support/evidence-files';
import { makeTempDir } from '../../../support/temp-dir';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('evidence pages and links through the API', () => {
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

  const addManual = async () => (await backend.api.addEvidenceFile({ fileName: 'manual.pdf', dataBase64: base64(await makePdf('Manual')) })).item;

  it('saves the pages of a PDF with its details, normalised, and clears them when left blank', async () => {
    const item = await addManual();
    const details = { title: item.title, date: item.date, description: 'Chapter 4', mappings: [] };
    expect((await backend.api.updateEvidence(item.id, { ...details, pages: '7, 1–3' })).pages).toBe('1-3, 7');
    expect((await backend.api.listEvidence())[0]!.pages).toBe('1-3, 7');
    // Saving other details without a pages field keeps the selection.
    expect((await backend.api.updateEvidence(item.id, { ...details, description: 'Chapter 5' })).pages).toBe('1-3, 7');
    expect((await backend.api.updateEvidence(item.id, { ...details, pages: '' })).pages).toBeUndefined();
  });

  it('refuses a bad selection with the message saying how to write one, keeping the item as it was', async () => {
    const item = await addManual();
    await expect(backend.api.updateEvidence(item.id, { title: 'Renamed', date: item.date, description: '', mappings: [], pages: '0' })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('Write pages like "1-3, 7" or "10-".'),
    });
    expect((await backend.api.listEvidence())[0]!.title).toBe('manual');
  });

  it('refuses pages for anything but a PDF, when added and when edited', async () => {
    const png = await makePng();
    await expect(backend.api.addEvidenceFile({ fileName: 'photo.png', dataBase64: base64(png), pages: '1' })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('Pages can be chosen only for a PDF'),
    });
    expect(await backend.api.listEvidence()).toEqual([]);
    const note = await backend.api.addEvidenceNote({ title: 'Observed', note: 'Ran the autoclave.' });
    await expect(backend.api.updateEvidence(note.id, { title: 'Observed', date: note.date, description: '', mappings: [], pages: '1' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('keeps pages given when a PDF is added', async () => {
    const { item } = await backend.api.addEvidenceFile({ fileName: 'manual.pdf', dataBase64: base64(await makePdf('Paged')), pages: '10-' });
    expect(item.pages).toBe('10-');
  });

  describe('linkEvidence', () => {
    it('adds items to whichever record the id names, once, and names the record', async () => {
      const a = await addManual();
      const b = (await backend.api.addEvidenceFile({ fileName: 'b.pdf', dataBase64: base64(await makePdf('B')) })).item;
      const cpd = await backend.api.addCpd({ title: 'Autoclave course', startDate: '2025-02-01', hours: 3, evidenceIds: [a.id] });
      expect(await backend.api.linkEvidence(cpd.id, [a.id, b.id, b.id])).toEqual({ kind: 'cpd', id: cpd.id, title: 'Autoclave course' });
      expect((await backend.api.getCpd(cpd.id)).evidenceIds).toEqual([a.id, b.id]);

      const training = await backend.api.addTraining({ course: 'Fire marshal', provider: 'Estates', completedDate: '2025-01-10' });
      expect(await backend.api.linkEvidence(training.id, [b.id])).toMatchObject({ kind: 'training', title: 'Fire marshal' });
      expect((await backend.api.listTraining())[0]!.evidenceIds).toEqual([b.id]);
    });

    it('with no items changes nothing and names the record; an unknown id is not-found', async () => {
      const cpd = await backend.api.addCpd({ title: 'Seminar', startDate: '2025-02-01', hours: 1 });
      expect(await backend.api.linkEvidence(cpd.id, [])).toMatchObject({ kind: 'cpd', title: 'Seminar' });
      expect((await backend.api.getCpd(cpd.id)).updatedAt).toBe(cpd.updatedAt);
      await expect(backend.api.linkEvidence('no-such-record', [])).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('No CPD, training, qualification or Technician Commitment record has the id no-such-record') });
    });

    it('refuses more evidence than the record can hold, saying so, linking nothing', async () => {
      const notes = [];
      for (let i = 0; i < 51; i++) notes.push((await backend.api.addEvidenceNote({ title: `Note ${i}`, note: 'Seen.' })).id);
      const qualification = await backend.api.addQualification({ title: 'HNC Applied Biology' });
      await expect(backend.api.linkEvidence(qualification.id, notes)).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('"HNC Applied Biology" cannot cite 51 evidence items') });
      expect((await backend.api.listQualifications())[0]!.evidenceIds).toEqual([]);
    });

    it('refuses evidence that does not exist, linking nothing', async () => {
      const a = await addManual();
      const cpd = await backend.api.addCpd({ title: 'Seminar', startDate: '2025-02-01', hours: 1 });
      await expect(backend.api.linkEvidence(cpd.id, [a.id, 'missing-evidence'])).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('missing-evidence') });
      expect((await backend.api.getCpd(cpd.id)).evidenceIds).toEqual([]);
    });
  });
});
