import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { Envelope } from '../../../core/api/errors';
import { EvidenceAdded } from '../../../core/api/methods/evidence';
import { MAX_EVIDENCE_BYTES } from '../../../core/evidence/limits';
import type { Backend } from '../../../electron/backend';
import { openTestBackend } from '../../support/backend';
import {
  HOSTILE_FILE_NAMES,
  activeContentPdf,
  cmykJpeg,
  elfExecutable,
  exifRotatedJpeg,
  heicPhoto,
  htmlWithScript,
  ownerPasswordPdf,
  palettePng,
  pixelBombPng,
  peExecutable,
  plainPdf,
  png16Bit,
  svgWithScript,
  truncatedPdf,
  userPasswordPdf,
} from '../../support/hostile-files';
import { makeTempDir } from '../../support/temp-dir';
import { snapshotPortfolio, snapshotTree } from './folder-snapshot';
import { makeSparseFile, watchReads } from './read-spy';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('hostile evidence files', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let backend: Backend;

  beforeEach(async () => {
    temp = await makeTempDir('techfolio-hostile-');
    dataDir = path.join(temp.dir, 'data');
    backend = await openTestBackend(dataDir, 'web', { now: () => new Date('2026-03-01T10:00:00.000Z') });
    // Something to lose: a refusal must leave it exactly as it was.
    await backend.api.addCpd({ title: 'Autoclave validation', startDate: '2026-01-10', hours: 2 });
    await backend.api.addEvidenceFile({ fileName: 'first.pdf', dataBase64: base64(await plainPdf('First')) });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  /** addEvidenceFile through the real dispatcher, as the UI's transports call it. */
  const upload = (fileName: string, bytes: Uint8Array): Promise<Envelope<unknown>> =>
    dispatch(backend.impl, 'addEvidenceFile', [{ fileName, dataBase64: base64(bytes) }]);

  const expectRefusedAndUnchanged = async (fileName: string, bytes: Uint8Array, message: RegExp) => {
    const before = await snapshotPortfolio(dataDir);
    const outside = await snapshotTree(temp.dir);
    const answer = await upload(fileName, bytes);
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(message) } });
    expect(await snapshotPortfolio(dataDir)).toEqual(before);
    expect(await snapshotTree(temp.dir)).toEqual(outside);
  };

  const expectKept = async (fileName: string, bytes: Uint8Array, mediaType: string) => {
    const answer = await upload(fileName, bytes);
    if (!answer.ok) throw new Error(`${fileName} was refused: ${answer.error.message}`);
    const added = EvidenceAdded.parse(answer.value);
    expect(added.outcome).toBe('added');
    expect(added.item.kind === 'file' && added.item.file.mediaType).toBe(mediaType);
    // Kept byte for byte: the vault stores what the user gave, never a "cleaned" copy.
    if (added.item.kind === 'file') expect(new Uint8Array(await readFile(backend.evidence.pathFor(added.item.file.sha256)))).toEqual(bytes);
    return added;
  };

  describe('refused with a clear message, the portfolio exactly as before', () => {
    it('a zero-byte file', async () => {
      await expectRefusedAndUnchanged('empty.pdf', new Uint8Array(), /^empty\.pdf is empty\.$/);
    });

    it.each([
      ['a Linux program (ELF header) named .pdf', 'certificate.pdf', elfExecutable()],
      ['a Linux program (ELF header) with no extension', 'run-me', elfExecutable()],
      ['a Windows program (PE header) named .jpg', 'photo.jpg', peExecutable()],
      ['a Windows program (PE header) named .exe', 'setup.exe', peExecutable()],
      ['a Windows program hidden behind a right-to-left override name', HOSTILE_FILE_NAMES['right-to-left override (U+202E)'], peExecutable()],
    ])('%s', async (_case, fileName, bytes) => {
      await expectRefusedAndUnchanged(fileName, bytes, /is a program, not a document\. .*programs are never kept/);
    });

    it('binary noise that is no known format', async () => {
      const noise = new Uint8Array(2048).map((_, i) => (i * 73 + 41) % 256);
      await expectRefusedAndUnchanged('mystery.dat', noise, /cannot tell what kind of file .* Save it as a PDF, image or text file/);
    });
  });

  describe('kept, with the type taken from the content', () => {
    it('a PDF with the wrong extension (.jpg) is kept as a PDF', async () => {
      await expectKept('scan.jpg', await plainPdf('Misnamed'), 'application/pdf');
    });

    it('a PNG named .pdf is kept as a PNG', async () => {
      await expectKept('certificate.pdf', await palettePng(), 'image/png');
    });

    it.each([
      ['a truncated PDF', 'truncated.pdf', truncatedPdf],
      ['a PDF with a user (open) password', 'user-password.pdf', userPasswordPdf],
      ['a PDF with an owner password only', 'owner-password.pdf', ownerPasswordPdf],
      ['a PDF carrying JavaScript and launch actions', 'scripted.pdf', activeContentPdf],
    ])('%s is kept as the user gave it (the pack deals with it; see pack-active-content.test.ts)', async (_case, fileName, make) => {
      await expectKept(fileName, await make(), 'application/pdf');
    });

    it.each([
      ['a CMYK JPEG', 'cmyk.jpg', cmykJpeg, 'image/jpeg'],
      ['a 16-bit PNG', 'deep.png', png16Bit, 'image/png'],
      ['a palette PNG', 'palette.png', palettePng, 'image/png'],
      ['an EXIF-rotated JPEG', 'phone.jpg', exifRotatedJpeg, 'image/jpeg'],
      ['a PNG declaring 100,000 × 100,000 pixels (a decompression bomb)', 'bomb.png', async () => pixelBombPng(), 'image/png'],
    ])('%s', async (_case, fileName, make, mediaType) => {
      await expectKept(fileName, await make(), mediaType);
    });

    it.each([
      ['an SVG with a script', 'diagram.svg', svgWithScript(), 'image/svg+xml'],
      ['an SVG with a script named .png', 'diagram.png', svgWithScript(), 'image/svg+xml'],
      ['an HTML page with a script', 'report.html', htmlWithScript(), 'text/html'],
      ['an HTML page with a script named .txt', 'report.txt', htmlWithScript(), 'text/html'],
    ])('%s is kept but flagged as never rendered', async (_case, fileName, bytes, mediaType) => {
      const added = await expectKept(fileName, bytes, mediaType);
      expect(added.notice).toMatch(/never run as a page/);
    });

    it('an HEIC phone photo is kept, detected as HEIC, with a notice saying how to convert it to JPEG', async () => {
      const added = await expectKept('IMG_0001.HEIC', heicPhoto(), 'image/heic');
      expect(added.notice).toMatch(/JPEG/);
    });
  });

  describe('file names are labels, never paths', () => {
    it.each(Object.entries(HOSTILE_FILE_NAMES))('a name with %s', async (_case, fileName) => {
      const bytes = await plainPdf(`Named ${_case}`);
      const outsideBefore = (await snapshotTree(temp.dir)).valueOf() as Record<string, string>;
      const answer = await upload(fileName, bytes);
      if (fileName.trim() === '') {
        expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
        return;
      }
      if (!answer.ok) throw new Error(`refused: ${answer.error.message}`);
      const added = EvidenceAdded.parse(answer.value);
      if (added.item.kind !== 'file') throw new Error('not a file');
      // The only new file in the whole temporary tree is the vault copy named by its hash.
      const after = await snapshotTree(temp.dir);
      const created = Object.keys(after).filter((f) => !(f in outsideBefore));
      expect(created).toEqual([path.join('data', 'evidence', added.item.file.sha256.slice(0, 2), added.item.file.sha256)]);
      // Shown as a label: no control characters or bidirectional overrides survive into what is displayed.
      for (const shown of [added.item.title, added.item.file.originalName]) {
        // eslint-disable-next-line no-control-regex
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
        expect(shown.length).toBeLessThanOrEqual(500);
      }
    });

    it('a 600-character name is refused as a validation error, nothing kept', async () => {
      const before = await snapshotPortfolio(dataDir);
      const answer = await upload(`${'b'.repeat(596)}.pdf`, await plainPdf('Long'));
      expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(await snapshotPortfolio(dataDir)).toEqual(before);
    });
  });

  describe('larger than the size limit', () => {
    it('from disk (the command line): a sparse 8 GB file is refused from its size without being opened', async () => {
      const before = await snapshotPortfolio(dataDir);
      const huge = await makeSparseFile(path.join(temp.dir, 'huge.pdf'), 8 * 1024 ** 3, await plainPdf('Huge'));
      const { error, report } = await watchReads(huge, () => backend.evidence.addFromPath(huge));
      expect(error).toMatchObject({ code: 'refused', message: expect.stringMatching(/^huge\.pdf is 8[,.]?192 MB; evidence files can be up to 100 MB\. Save a smaller copy/) });
      expect(report).toEqual({ opened: [], bytesRead: 0 });
      expect(await snapshotPortfolio(dataDir)).toEqual(before);
    });

    it('the read watcher itself sees a normal add open and read the file (so "not opened" above means something)', async () => {
      const bytes = await plainPdf('Watched');
      const small = path.join(temp.dir, 'small.pdf');
      await writeFile(small, bytes);
      const { error, report } = await watchReads(small, () => backend.evidence.addFromPath(small));
      expect(error).toBeUndefined();
      expect(report.opened.length).toBeGreaterThan(0);
      expect(report.bytesRead).toBeGreaterThanOrEqual(bytes.length);
    });

    it('over the API: base64 for a file over 100 MB is refused from its length, never decoded', async () => {
      const before = await snapshotPortfolio(dataDir);
      // One byte over the limit, as base64 (4 characters per 3 bytes).
      const dataBase64 = 'A'.repeat(Math.ceil((MAX_EVIDENCE_BYTES + 3) / 3) * 4);
      const decode = vi.spyOn(Buffer, 'from');
      try {
        const answer = await dispatch(backend.impl, 'addEvidenceFile', [{ fileName: 'video.pdf', dataBase64 }]);
        expect(answer).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('Evidence files can be up to 100 MB') } });
        const decodedLarge = decode.mock.calls.filter(([value]) => typeof value === 'string' && value.length > 1024 * 1024);
        expect(decodedLarge).toEqual([]);
      } finally {
        decode.mockRestore();
      }
      expect(await snapshotPortfolio(dataDir)).toEqual(before);
    });
  });
});
