import { describe, expect, it } from 'vitest';
import { classifyEvidence } from '../../../../core/evidence/accepted-types';
import { base64DecodedSize, MAX_EVIDENCE_BYTES, tooLargeMessage } from '../../../../core/evidence/limits';

const text = (s: string) => new TextEncoder().encode(s);

describe('the evidence type policy', () => {
  it('keeps PDFs and images by their detected type, whatever the name says', () => {
    expect(classifyEvidence('photo.txt', { mime: 'image/jpeg', ext: 'jpg' }, new Uint8Array([0xff, 0xd8]))).toMatchObject({ accepted: true, mediaType: 'image/jpeg' });
    expect(classifyEvidence('cert', { mime: 'application/pdf', ext: 'pdf' }, text('%PDF-1.7'))).toMatchObject({ accepted: true, mediaType: 'application/pdf', neverRendered: false });
  });

  it('refuses programs with their own message, even when named like a document', () => {
    for (const mime of ['application/x-msdownload', 'application/x-elf', 'application/x-mach-binary']) {
      const verdict = classifyEvidence('certificate.pdf', { mime, ext: 'exe' }, new Uint8Array([0x4d, 0x5a]));
      expect(verdict).toEqual({ accepted: false, reason: expect.stringContaining('is a program') });
    }
  });

  it('refuses archives, recordings, fonts and unknown binary data, saying what to do instead', () => {
    expect(classifyEvidence('a.zip', { mime: 'application/zip', ext: 'zip' }, new Uint8Array([1]))).toMatchObject({ accepted: false, reason: expect.stringContaining('Unpack') });
    expect(classifyEvidence('a.mp4', { mime: 'video/mp4', ext: 'mp4' }, new Uint8Array([1]))).toMatchObject({ accepted: false, reason: expect.stringContaining('recording') });
    expect(classifyEvidence('a.ttf', { mime: 'font/ttf', ext: 'ttf' }, new Uint8Array([1]))).toMatchObject({ accepted: false, reason: expect.stringContaining('does not keep') });
    expect(classifyEvidence('a.bin', undefined, new Uint8Array([0, 1, 2, 0xff]))).toMatchObject({ accepted: false, reason: expect.stringContaining('cannot tell') });
    expect(classifyEvidence('empty.txt', undefined, new Uint8Array())).toMatchObject({ accepted: false, reason: expect.stringContaining('empty') });
  });

  it('keeps plain UTF-8 text, including a head cut in the middle of a character', () => {
    const bytes = text('Notes on the autoclave — Siân');
    expect(classifyEvidence('notes.txt', undefined, bytes.subarray(0, bytes.length - 1))).toMatchObject({ accepted: true, mediaType: 'text/plain' });
    expect(classifyEvidence('hours.csv', undefined, text('date,hours\n2025-01-01,2\n'))).toMatchObject({ accepted: true, mediaType: 'text/csv' });
  });

  it('keeps HTML and SVG but flags them as never rendered as active content', () => {
    const html = classifyEvidence('page.txt', undefined, text('<!DOCTYPE html><html><script>alert(1)</script>'));
    expect(html).toMatchObject({ accepted: true, mediaType: 'text/html', neverRendered: true, notice: expect.stringContaining('never run') });
    const svg = classifyEvidence('logo.png', { mime: 'application/xml', ext: 'xml' }, text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'));
    expect(svg).toMatchObject({ accepted: true, mediaType: 'image/svg+xml', neverRendered: true });
  });

  it('states the size limit and computes a base64 payload size without decoding it', () => {
    expect(MAX_EVIDENCE_BYTES).toBe(100 * 1024 * 1024);
    expect(tooLargeMessage('scan.pdf', 150 * 1024 * 1024)).toBe('scan.pdf is 150 MB; evidence files can be up to 100 MB. Save a smaller copy (for example a PDF of the key pages) and add that.');
    for (const s of ['', 'a', 'ab', 'abc', 'abcd', 'Siân Ł']) expect(base64DecodedSize(Buffer.from(s).toString('base64'))).toBe(Buffer.byteLength(s));
  });
});
