import { describe, expect, it } from 'vitest';
import { extractEvidenceText, ocrImages } from '../../../../electron/evidence-text/extract-text';
import { makeCertificatePdf, makeCertificatePhoto, makeTextlessPdf } from '../../../support/certificate-files';

describe('extractEvidenceText', () => {
  it('reads a PDF certificate line by line', async () => {
    const pdf = await makeCertificatePdf(['Certificate of Completion', 'COSHH Awareness', 'Provider: Acme Safety Training Ltd', 'Completed 12 March 2025']);
    const text = await extractEvidenceText(pdf, 'application/pdf');
    expect(text.split('\n').map((l) => l.trim())).toEqual(['Certificate of Completion', 'COSHH Awareness', 'Provider: Acme Safety Training Ltd', 'Completed 12 March 2025']);
  });

  it('gives no text for a PDF without words, a damaged PDF or a kind of file it does not read', async () => {
    expect(await extractEvidenceText(await makeTextlessPdf(), 'application/pdf')).toBe('');
    expect(await extractEvidenceText(new TextEncoder().encode('%PDF-1.7\n garbage'), 'application/pdf')).toBe('');
    expect(await extractEvidenceText(new Uint8Array([1, 2, 3]), 'application/zip')).toBe('');
  });

  it('reads a photo of a certificate by OCR, offline', async () => {
    const photo = await makeCertificatePhoto(['Certificate of Attendance', 'Radiation Safety', 'Provider: Northgate Training Ltd', 'Date: 4 June 2025']);
    const text = await extractEvidenceText(photo, 'image/jpeg');
    expect(text).toMatch(/Radiation Safety/);
    expect(text).toMatch(/Northgate Training Ltd/);
    expect(text).toMatch(/4 June 2025/);
  }, 120_000);

  it('ends OCR that runs over its time', async () => {
    const photo = await makeCertificatePhoto(['A line that takes time to read']);
    expect(await ocrImages([photo, photo], 1)).toBe('');
  }, 60_000);

  it('stops at once when told to while the OCR engine is still loading', async () => {
    const photo = await makeCertificatePhoto(['Certificate of Attendance', 'Cryogen Handling']);
    const stop = new AbortController();
    const reading = ocrImages([photo], 60_000, stop.signal);
    // Told before the engine is up: nothing is read, rather than the whole photo after all.
    stop.abort();
    expect(await reading).toBe('');
  }, 60_000);
});
