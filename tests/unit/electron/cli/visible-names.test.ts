import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTechfolio } from '../../../support/cli';
import { makePdf } from '../../../support/evidence-files';
import { makeTempDir } from '../../../support/temp-dir';

describe('the CLI echoes names from disk with their hidden characters made visible', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.remove());

  it('shows a right-to-left override and an escape sequence in a file name as escapes, on stdout and stderr', async () => {
    const inbox = path.join(temp.dir, 'in\u001b[31mbox');
    await mkdir(inbox);
    const spoof = path.join(inbox, 'invoice\u202Efdp.exe.pdf');
    await writeFile(spoof, await makePdf());
    const missing = path.join(inbox, 'gone\u2066.pdf');
    const dataDir = path.join(temp.dir, 'data');

    const added = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', spoof]);
    expect(added.out).toContain('invoice\\u202efdp.exe.pdf');
    expect(added.out).toContain('in\\u001b[31mbox');

    const refused = await runTechfolio(['--data-dir', dataDir, 'evidence', 'add', missing]);
    expect(refused.code).not.toBe(0);
    expect(refused.out + refused.err).toContain('gone\\u2066.pdf');

    for (const text of [added.out, added.err, refused.out, refused.err]) {
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
