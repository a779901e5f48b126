import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { EvidenceItem } from '../../../../core/model/evidence';
import { certificatesPdf, type CertificateFile } from '../../../../electron/submission/certificates-pdf';
import { makePdf } from '../../core/pack/pack-fixtures';
import { PdfFile } from '../../core/pack/pdf-tools';
import { noisyPhoto } from '../pack/image-fixtures';
import { makeTempDir } from '../../../support/temp-dir';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const fileOf = (id: string, bytes: Uint8Array, mediaType: string, pages?: string): CertificateFile => ({
  item: EvidenceItem.parse({ ...stamp, id, kind: 'file', title: id, date: '2020-01-01', ...(pages ? { pages } : {}), file: { sha256: 'a'.repeat(64), size: bytes.byteLength, mediaType, originalName: id } }) as CertificateFile['item'],
  bytes,
});

/** A scanned certificate: one page holding a full-resolution phone photo, as a scanner app saves it. */
async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(await noisyPhoto(2480, 3508));
  doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}

describe('certificatesPdf', () => {
  it('copies text PDFs as they are, keeping only the pages chosen for the pack', async () => {
    const made = await certificatesPdf([fileOf('transcript-01', await makePdf('Transcript', 60), 'application/pdf', '1-3, 60')], 500_000);
    expect(made).toMatchObject({ fits: true, pages: 4, rasterised: false });
  });

  it('redraws a scanned PDF as a smaller image only when copying it cannot fit, and reports that it did', async () => {
    const scan = await scannedPdf();
    expect(scan.byteLength).toBeGreaterThan(1_000_000);
    const made = await certificatesPdf([fileOf('scan-000001', scan, 'application/pdf')], 500_000);
    if (!made.fits) throw new Error('expected the scan to fit once redrawn');
    expect(made.rasterised).toBe(true);
    expect(made.bytes.byteLength).toBeLessThanOrEqual(500_000);
    const temp = await makeTempDir('techfolio-certificates-');
    try {
      const file = path.join(temp.dir, 'certificates.pdf');
      await writeFile(file, made.bytes);
      const pdf = new PdfFile(file);
      expect(pdf.check().status).toBe(0);
      expect(pdf.pages()).toBe(1);
    } finally {
      await temp.remove();
    }
  }, 120_000);

  it('reports the smallest size it reached when nothing fits', async () => {
    const made = await certificatesPdf([fileOf('photo-000001', await noisyPhoto(), 'image/jpeg')], 1_000);
    expect(made).toMatchObject({ fits: false, pages: 1 });
    if (made.fits) return;
    expect(made.smallestBytes).toBeGreaterThan(1_000);
  }, 60_000);
});
