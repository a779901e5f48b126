import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMadeFile } from '../../../../electron/services/made-files';
import { findSubmissionFolder, submissionFolder } from '../../../../electron/submission/prepare-submission';
import { zipSubmissionFolder } from '../../../../electron/submission/submission-zip';
import { makeTempDir } from '../../../support/temp-dir';
import { zipEntries } from '../../../support/zip-entries';

describe('a prepared submission folder as one .zip', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('holds every file of the folder, byte for byte, under one folder named like the zip, and waits in exports/ to be saved', async () => {
    const id = 'submission-0000aaaa-1111';
    const folder = submissionFolder(temp.dir, id);
    await mkdir(folder, { recursive: true });
    const files = {
      'RSciTech Application pack - Siân Jones.pdf': Buffer.from('%PDF-1.7 pretend pack'),
      'CV - Siân Jones.docx': Buffer.from('PK pretend docx'),
      'Paste into the online form.txt': Buffer.from('A1\n'.repeat(500)),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(folder, name), bytes);

    const zipped = await zipSubmissionFolder(temp.dir, id, 'Submission files - Siân Jones');
    expect(zipped).toMatchObject({ fileName: 'Submission files - Siân Jones.zip' });
    const made = await findMadeFile(temp.dir, zipped!.exportId);
    expect(made).toMatchObject({ mediaType: 'application/zip', size: zipped!.bytes });
    expect(made!.path).toBe(path.join(temp.dir, 'exports', `${zipped!.exportId}.zip`));

    const entries = await zipEntries(made!.path);
    expect([...entries.keys()].sort()).toEqual(Object.keys(files).map((name) => `Submission files - Siân Jones/${name}`).sort());
    for (const [name, bytes] of Object.entries(files)) expect(entries.get(`Submission files - Siân Jones/${name}`)).toEqual(bytes);
    // The folder itself stays, to be opened or zipped again.
    expect(await readFile(path.join(folder, 'CV - Siân Jones.docx'))).toEqual(files['CV - Siân Jones.docx']);
  });

  it('answers null for a folder that is gone, and finds none for an id naming another path', async () => {
    expect(await zipSubmissionFolder(temp.dir, 'submission-0000bbbb', 'x')).toBeNull();
    expect(await findSubmissionFolder(temp.dir, 'submission-0000bbbb')).toBeNull();
    expect(await findSubmissionFolder(temp.dir, '../../etc')).toBeNull();
    await expect(zipSubmissionFolder(temp.dir, '../../etc', 'x')).rejects.toThrow('Not a valid submission id.');
  });
});
