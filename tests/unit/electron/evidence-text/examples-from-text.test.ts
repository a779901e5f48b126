import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { makeCertificatePdf } from '../../../support/certificate-files';
import { makeTempDir } from '../../../support/temp-dir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.remove();
});

describe('the example finder reads evidence files\u2019 words', () => {
  it('ranks a certificate titled only by its file name by what its text says', async () => {
    const backend = await openTestBackend(temp.dir);
    try {
      const pdf = await makeCertificatePdf(['Certificate of Completion', 'COSHH risk assessment of hazardous substances', 'Control of Substances Hazardous to Health', 'Safe handling, storage and disposal of chemicals']);
      const added = await backend.api.addEvidenceFile({ fileName: 'scan 0042.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
      if (added.item.kind !== 'file') throw new Error('expected a file');
      const before = await backend.api.findExamples('sc-rscitech', 'B2', { limit: 10 });
      // The text is read in the background; once read, the next search ranks the file by it.
      await backend.evidenceText.textOf(added.item.file.sha256, added.item.file.mediaType);
      const after = await backend.api.findExamples('sc-rscitech', 'B2', { limit: 10 });
      expect(before.map((e) => e.id)).not.toContain(added.item.id);
      const found = after.find((e) => e.id === added.item.id);
      expect(found).toBeDefined();
      expect(found!.matched.join(' ')).toMatch(/coshh|hazard|substanc|chemical/i);
    } finally {
      await backend.close();
    }
  });
});

describe('searchEvidence over the backend', () => {
  it('finds a PDF by its text once read, with a snippet', async () => {
    const backend = await openTestBackend(temp.dir);
    try {
      const pdf = await makeCertificatePdf(['Certificate of Completion', 'Autoclave Operation and Pressure Systems', 'Northgate Training Ltd']);
      const added = await backend.api.addEvidenceFile({ fileName: 'IMG_0001.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
      if (added.item.kind !== 'file') throw new Error('expected a file');
      await backend.evidenceText.textOf(added.item.file.sha256, added.item.file.mediaType);
      const [match] = await backend.api.searchEvidence('autoclave pressure');
      expect(match).toMatchObject({ evidenceId: added.item.id, where: 'file text' });
      expect(match!.snippet).toContain('Autoclave Operation and Pressure Systems');
    } finally {
      await backend.close();
    }
  });
});
