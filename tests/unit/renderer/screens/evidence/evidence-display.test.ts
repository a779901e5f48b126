import { describe, expect, it } from 'vitest';
import { EvidenceItem } from '../../../../../core/model/evidence';
import { evidenceDisplay, evidenceTypeLabel } from '../../../../../renderer/screens/evidence/evidence-display';

const STAMP = '2025-06-01T09:00:00.000Z';
const file = (mediaType: string, originalName: string) =>
  EvidenceItem.parse({ kind: 'file', id: 'evidence-0001', title: originalName, date: '2025-06-01', createdAt: STAMP, updatedAt: STAMP, file: { sha256: 'a'.repeat(64), size: 10, mediaType, originalName } });

describe('evidenceDisplay', () => {
  it.each([
    ['image/png', 'photo.png', 'image'],
    ['image/jpeg', 'photo.jpg', 'image'],
    ['application/pdf', 'certificate.pdf', 'pdf'],
    ['image/tiff', 'scan.tiff', 'file'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'report.docx', 'file'],
  ])('shows %s as %s', (mediaType, name, display) => {
    expect(evidenceDisplay(file(mediaType, name))).toBe(display);
  });

  it('never draws SVG or HTML, even when the name says it is a PNG or PDF', () => {
    expect(evidenceDisplay(file('image/svg+xml', 'innocent.png'))).toBe('file');
    expect(evidenceDisplay(file('text/html', 'certificate.pdf'))).toBe('file');
    expect(evidenceTypeLabel(file('image/svg+xml', 'innocent.png'))).toBe('SVG');
    expect(evidenceTypeLabel(file('text/html', 'certificate.pdf'))).toBe('HTML');
  });

  it('labels other files by extension', () => {
    expect(evidenceTypeLabel(file('application/vnd.oasis.opendocument.text', 'notes.odt'))).toBe('ODT');
  });
});
