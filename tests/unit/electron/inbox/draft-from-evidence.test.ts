import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { draftOriginOf, inboxFileOf } from '../../../../core/inbox/inbox-draft';
import { draftFromEvidence, draftsFromEvidence } from '../../../../electron/inbox/draft-from-evidence';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makeCertificatePdf, makeTextlessPdf } from '../../../support/certificate-files';
import { makeTempDir } from '../../../support/temp-dir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let backend: Backend;

beforeEach(async () => {
  temp = await makeTempDir();
  backend = await openTestBackend(path.join(temp.dir, 'data'));
});
afterEach(async () => {
  await backend.close();
  await temp.remove();
});

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const coshh = () => makeCertificatePdf(['Certificate of Completion', 'Course title: COSHH Awareness', 'Provider: Acme Safety Training Ltd', 'Completed 12 March 2025', 'Duration: 3 hours']);
const addFile = async (fileName: string, bytes: Uint8Array) => (await backend.api.addEvidenceFile({ fileName, dataBase64: b64(bytes) })).item;

describe('a draft from an evidence file', () => {
  it('is prefilled from the file’s words, as the inbox does, and cites the file', async () => {
    const item = await addFile('coshh cert.pdf', await coshh());
    if (item.kind !== 'file') throw new Error('expected a file');
    const { record, suggested } = await draftFromEvidence(backend, item, 'coshh cert.pdf', '2025-06-10', 'inbox');
    expect(record).toMatchObject({ title: 'COSHH Awareness', startDate: '2025-03-12', hours: 3, status: 'draft', tags: ['inbox'], evidenceIds: [item.id] });
    expect(record.description).toContain('From the inbox: coshh cert.pdf');
    expect(record.description).toContain('provider Acme Safety Training Ltd');
    expect(suggested).toEqual(['title', 'provider', 'date', 'hours']);
    expect(await backend.api.listCpd()).toEqual([expect.objectContaining({ id: record.id })]);
  });
});

describe('draftsFromEvidence, through the API', () => {
  it('makes a draft per file in order: words read where there are some, the name and today where not', async () => {
    const cert = await addFile('coshh cert.pdf', await coshh());
    const blank = await addFile('scan_0001.pdf', await makeTextlessPdf());
    const made = await backend.api.draftsFromEvidence([cert.id, blank.id, cert.id]);
    expect(made.skipped).toEqual([]);
    expect(made.made.map((m) => [m.fileName, m.title, m.suggested])).toEqual([
      ['coshh cert.pdf', 'COSHH Awareness', ['title', 'provider', 'date', 'hours']],
      ['scan_0001.pdf', 'scan 0001', []],
    ]);
    const cpd = await backend.api.listCpd();
    expect(cpd).toHaveLength(2);
    // Added on the evidence screen, not taken from the inbox: said so, and not tagged as the inbox's.
    for (const record of cpd) {
      expect(record.description.split('\n')[0]).toMatch(/^From an added file: (coshh cert|scan_0001)\.pdf$/);
      expect(record.tags).toEqual(['from-a-file']);
      expect(draftOriginOf(record.description)).toBe(record.description.split('\n')[0]);
      expect(inboxFileOf(record.description)).toBeUndefined();
    }
    const scan = cpd.find((r) => r.title === 'scan 0001')!;
    expect(scan).toMatchObject({ status: 'draft', hours: 1, evidenceIds: [blank.id] });
    expect(scan.description).toContain('No words could be read from this file.');
  });

  it('skips a file a record already cites, and a note, each with the reason', async () => {
    const cert = await addFile('coshh cert.pdf', await coshh());
    await backend.api.addCpd({ title: 'COSHH course', startDate: '2025-03-12', hours: 3, evidenceIds: [cert.id] });
    const note = await backend.api.addEvidenceNote({ title: 'Bench notes', note: 'Calibrated the balance.' });
    const result = await backend.api.draftsFromEvidence([cert.id, note.id]);
    expect(result.made).toEqual([]);
    expect(result.skipped).toEqual([
      { evidenceId: cert.id, title: 'coshh cert', reason: '“coshh cert” is already cited by the CPD record “COSHH course”.' },
      { evidenceId: note.id, title: 'Bench notes', reason: '“Bench notes” is a note, not a file, so there are no words to read a record from.' },
    ]);
    expect(await backend.api.listCpd()).toHaveLength(1);
  });

  it('refuses an unknown id with a clear error before making anything, and an empty list', async () => {
    const cert = await addFile('coshh cert.pdf', await coshh());
    const missing = '00000000-0000-4000-8000-000000000000';
    const error = await backend.api.draftsFromEvidence([cert.id, missing]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'not-found', message: expect.stringContaining(`No evidence has the id ${missing}.`) });
    expect(await backend.api.listCpd()).toHaveLength(0);
    await expect(backend.api.draftsFromEvidence([])).rejects.toMatchObject({ code: 'validation' });
    expect(await draftsFromEvidence(backend, [cert.id], '2025-06-10')).toMatchObject({ made: [{ evidenceId: cert.id }] });
  });
});
