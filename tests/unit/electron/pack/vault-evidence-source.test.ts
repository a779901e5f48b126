import { createHash } from 'node:crypto';
import { rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vaultEvidenceSource } from '../../../../electron/pack/vault-evidence-source';
import { makeTempDir } from '../../../support/temp-dir';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the vault as an evidence source', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const pathFor = (hash: string) => path.join(temp.dir, hash);
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  async function stored(text: string): Promise<string> {
    const bytes = Buffer.from(text);
    const hash = sha256(bytes);
    await writeFile(pathFor(hash), bytes);
    return hash;
  }

  it('says a file is there and unchanged, missing, or changed since it was added', async () => {
    const source = vaultEvidenceSource({ pathFor });
    const ok = await stored('Certificate of attendance');
    const changed = await stored('Risk assessment');
    await writeFile(pathFor(changed), 'Risk assessment, edited');
    expect(await source.check(ok)).toBe('ok');
    expect(await source.check(changed)).toBe('changed');
    expect(await source.check('0'.repeat(64))).toBe('missing');
    expect(await source.read('0'.repeat(64))).toBeNull();
    expect(Buffer.from((await source.read(ok))!).toString()).toBe('Certificate of attendance');
  });

  it('notices a file changed after it was checked, even with the same size and modification time', async () => {
    const source = vaultEvidenceSource({ pathFor });
    const hash = await stored('Training record: PAT');
    expect(await source.check(hash)).toBe('ok');
    const before = await stat(pathFor(hash));
    // Same length, and the modification time put back: only the change time still tells.
    await writeFile(pathFor(hash), 'Training record: PAX');
    await utimes(pathFor(hash), before.atime, before.mtime);
    expect(await source.check(hash)).toBe('changed');
  });

  it('notices a file deleted after it was checked', async () => {
    const source = vaultEvidenceSource({ pathFor });
    const hash = await stored('Photo of the new rota board');
    expect(await source.check(hash)).toBe('ok');
    await rm(pathFor(hash));
    expect(await source.check(hash)).toBe('missing');
  });

  it("takes the vault's word for a file it has just hashed, until the file changes", async () => {
    const source = vaultEvidenceSource({ pathFor });
    // Named for other bytes: only hashing would tell, so an "ok" shows no hashing was done.
    const hash = sha256(Buffer.from('Calibration certificate'));
    await writeFile(pathFor(hash), 'not what the name says');
    await source.vouch(hash);
    expect(await source.check(hash)).toBe('ok');
    await writeFile(pathFor(hash), 'edited since');
    expect(await source.check(hash)).toBe('changed');
  });

  it('remembers the files it found unchanged across restarts, and still notices a change or a spoilt record', async () => {
    const kept = path.join(temp.dir, 'cache', 'evidence-checked.json');
    // Named for other bytes: only hashing would tell, so an "ok" shows no hashing was done.
    const trusted = sha256(Buffer.from('Calibration certificate'));
    await writeFile(pathFor(trusted), 'not what the name says');
    const edited = await stored('Fume cupboard test');
    const first = vaultEvidenceSource({ pathFor }, kept);
    await first.vouch(trusted);
    expect(await first.check(edited)).toBe('ok');
    await first.flush();

    const second = vaultEvidenceSource({ pathFor }, kept);
    expect(await second.check(trusted)).toBe('ok');
    await writeFile(pathFor(edited), 'Fume cupboard test, edited');
    expect(await second.check(edited)).toBe('changed');
    await second.flush();

    await writeFile(kept, '{"files": {"not a hash": "1:2:3:4", "' + trusted + '": "spoilt"}}');
    expect(await vaultEvidenceSource({ pathFor }, kept).check(trusted)).toBe('changed');
  });
});
