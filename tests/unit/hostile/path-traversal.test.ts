import path from 'node:path';
import { readFile } from 'node:fs/promises';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { Envelope } from '../../../core/api/errors';
import { MadeFile } from '../../../core/api/methods/pack';
import type { Backend } from '../../../electron/backend';
import { openTestBackend } from '../../support/backend';
import { makeTempDir } from '../../support/temp-dir';
import { snapshotTree } from './folder-snapshot';

const TRAVERSALS = ['../../../../escaped', '..\\..\\..\\..\\escaped', '/tmp/escaped', 'C:\\escaped', 'evidence/../../../../escaped', 'a\u0000b', '%2e%2e%2fescaped'];

/** A zip holding one entry under any name (yazl refuses hostile names, so a same-length placeholder is renamed in the bytes). */
async function zipWithEntryNamed(name: string): Promise<Buffer> {
  const placeholder = 'x'.repeat(Buffer.byteLength(name, 'utf8'));
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('{"formatVersion": 1}'), 'manifest.json');
  zip.addBuffer(Buffer.from('escaped'), placeholder);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const needle = Buffer.from(placeholder, 'utf8');
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) bytes.write(name, at, 'utf8');
  return bytes;
}

describe('path traversal through every argument that names a file', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let backend: Backend;
  beforeAll(async () => {
    temp = await makeTempDir('techfolio-traversal-');
    // Deep enough that "../../../../escaped" from the data folder still lands inside the watched tree.
    dataDir = path.join(temp.dir, 'one', 'two', 'three', 'four', 'data');
    backend = await openTestBackend(dataDir, 'web', { now: () => new Date('2026-03-01T10:00:00.000Z') });
  });
  afterAll(async () => {
    await backend.close();
    await temp.remove();
  });

  const call = (method: Parameters<typeof dispatch>[1], ...args: unknown[]): Promise<Envelope<unknown>> => dispatch(backend.impl, method, args);

  /** Nothing may appear anywhere in the temporary tree except inside the data folder. */
  const outside = async () => {
    const inside = path.relative(temp.dir, dataDir) + path.sep;
    return Object.keys(await snapshotTree(temp.dir)).filter((f) => !f.startsWith(inside));
  };

  it.each(TRAVERSALS)('a restore archive holding an entry named %j is refused, nothing written outside the data folder', async (name) => {
    const archive = await zipWithEntryNamed(name);
    const answer = await call('restoreArchive', { dataBase64: archive.toString('base64'), replace: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/not a Techfolio archive, or it is damaged.*has not been changed/) } });
    expect(await outside()).toEqual([]);
  });

  it.each(TRAVERSALS)('export, pack-job and record ids given as %j are refused as validation errors', async (id) => {
    for (const method of ['discardExport', 'getPackJob', 'cancelPack', 'readEvidenceFile', 'getCpd', 'deleteEvidence'] as const) {
      expect(await call(method, id), method).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await outside()).toEqual([]);
  });

  it.each(TRAVERSALS)('framework ids given as %j are not found; nothing is read or written by that name', async (id) => {
    for (const method of ['getFramework', 'exportStatementsText', 'removeImportedFramework'] as const) {
      const answer = await call(method, id);
      expect(answer.ok, method).toBe(false);
      if (!answer.ok) expect(['validation', 'not-found', 'refused']).toContain(answer.error.code);
    }
    expect(await outside()).toEqual([]);
  });

  it('an imported framework whose id is a path is refused or kept only as data, never as a file name', async () => {
    const framework = JSON.parse(await readFile(path.resolve('assets/frameworks/sc-rscitech.json'), 'utf8')) as Record<string, unknown>;
    const answer = await call('importFramework', JSON.stringify({ ...framework, id: '../../../../escaped' }));
    if (answer.ok) expect(JSON.stringify(answer.value)).not.toContain('/escaped.json');
    else expect(['validation', 'refused']).toContain(answer.error.code);
    expect(await outside()).toEqual([]);
  });

  it('a profile name full of path characters gives a PDF saved only as exports/<id>.pdf, with a harmless suggested name', { timeout: 30_000 }, async () => {
    await backend.api.saveProfile({ ...(await backend.api.getProfile()), name: '../../../../escaped/..\\C:\\name\u0000' });
    const answer = await call('makeProfilePage', { date: '2026-03-01' });
    if (!answer.ok) throw new Error(answer.error.message);
    const made = MadeFile.parse(answer.value);
    // eslint-disable-next-line no-control-regex
    expect(made.fileName).not.toMatch(/[/\\\u0000-\u001f]/);
    expect(made.exportId).toMatch(/^[a-z0-9-]+$/);
    expect(await outside()).toEqual([]);
    const exported = Object.keys(await snapshotTree(path.join(dataDir, 'exports')));
    expect(exported).toContain(`${made.exportId}.pdf`);
  });
});
