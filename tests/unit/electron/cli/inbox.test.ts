import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTechfolio } from '../../../support/cli';
import { openTestBackend } from '../../../support/backend';
import { makeCertificatePdf } from '../../../support/certificate-files';
import { makeTempDir } from '../../../support/temp-dir';

describe('techfolio inbox', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let data: string;
  let inbox: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    data = path.join(temp.dir, 'data');
    inbox = path.join(temp.dir, 'Dropbox', 'certs');
    await mkdir(inbox, { recursive: true });
  });
  afterEach(() => temp.remove());

  it('takes in the files once and prints what it made', async () => {
    await writeFile(path.join(inbox, 'first-aid.pdf'), await makeCertificatePdf(['St John Ambulance', 'for completing Emergency First Aid at Work', 'Date of completion: 2nd February 2024', 'Valid until: 1st February 2027', 'Duration 6 hours']));
    await writeFile(path.join(inbox, 'notes.exe'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(600)]));
    const first = await runTechfolio(['--data-dir', data, 'inbox', inbox]);
    expect(first.out).toMatch(/^draft: first-aid\.pdf -> CPD record "Emergency First Aid at Work" \([0-9a-f-]+\); suggested from its text: title, provider, date, hours, expiry$/m);
    expect(first.out).toMatch(/^refused: notes\.exe: /m);
    expect(first.out).toContain('1 draft record made. Review it in the CPD log (Drafts)');
    expect(first.code).toBe(1);

    const again = await runTechfolio(['--data-dir', data, 'inbox', inbox]);
    expect(again.out).toBe('No new files to take in.\n');
    expect(again.code).toBe(0);
    expect((await readdir(inbox)).sort()).toEqual(['first-aid.pdf', 'notes.exe']);

    const backend = await openTestBackend(data, 'cli');
    const [draft] = await backend.api.listCpd();
    expect(draft).toMatchObject({ status: 'draft', startDate: '2024-02-02', hours: 6 });
    expect(draft!.description).toContain('expires 01/02/2027');
    await backend.close();
  });

  it('says what to do when no folder is given or chosen, or the folder is not there', async () => {
    const none = await runTechfolio(['--data-dir', data, 'inbox']);
    expect(none.err).toContain('No inbox folder is chosen. Give the folder: techfolio inbox FOLDER');
    expect(none.code).not.toBe(0);
    const missing = await runTechfolio(['--data-dir', data, 'inbox', path.join(temp.dir, 'nowhere')]);
    expect(missing.err).toMatch(/There is no folder at .*nowhere/);
  });
});
