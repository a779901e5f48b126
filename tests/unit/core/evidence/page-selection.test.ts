import { describe, expect, it } from 'vitest';
import { EvidenceUpdate } from '../../../../core/api/methods/evidence';
import { EvidenceItem } from '../../../../core/model/evidence';

const stamp = { id: 'evidence-0001', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const manual = {
  kind: 'file' as const,
  title: 'Autoclave manual',
  date: '2025-03-01',
  file: { sha256: 'a'.repeat(64), size: 1000, mediaType: 'application/pdf', originalName: 'manual.pdf' },
  ...stamp,
};
const details = { title: 'Autoclave manual', date: '2025-03-01', description: '', mappings: [] };

describe('the pages of an evidence item', () => {
  it('loads an item saved before pages existed, with no selection', () => {
    const item = EvidenceItem.parse(manual);
    expect(item.pages).toBeUndefined();
    expect('pages' in item).toBe(false);
  });

  it('is stored normalised, whatever dashes, spaces and order were typed', () => {
    expect(EvidenceItem.parse({ ...manual, pages: ' 7 ,1 – 3' }).pages).toBe('1-3, 7');
    expect(EvidenceItem.parse({ ...manual, pages: '10-, 12' }).pages).toBe('10-');
    expect(EvidenceUpdate.parse({ ...details, pages: '12–14' }).pages).toBe('12-14');
  });

  it('refuses what is not a page selection, saying how to write one, on the pages field', () => {
    const result = EvidenceUpdate.safeParse({ ...details, pages: '3-1' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['pages'], message: expect.stringContaining('Write pages like "1-3, 7" or "10-".') })]);
    expect(EvidenceItem.safeParse({ ...manual, pages: 'all' }).success).toBe(false);
  });

  it('treats a blank field as the whole document, so clearing it removes the selection', () => {
    const update = EvidenceUpdate.parse({ ...details, pages: '   ' });
    expect(update.pages).toBeUndefined();
    const saved = EvidenceItem.parse({ ...EvidenceItem.parse({ ...manual, pages: '5' }), ...update });
    expect(JSON.parse(JSON.stringify(saved))).not.toHaveProperty('pages');
  });
});
