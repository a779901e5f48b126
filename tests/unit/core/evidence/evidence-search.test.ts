import { describe, expect, it } from 'vitest';
import { searchEvidence, snippetAround } from '../../../../core/evidence/evidence-search';
import { EvidenceItem } from '../../../../core/model/evidence';

const stamp = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const file = (id: string, title: string, sha: string, originalName = 'scan.pdf') =>
  EvidenceItem.parse({ id: `evidence-${id}`, kind: 'file', title, date: '2025-01-01', file: { sha256: sha.repeat(64), size: 10, mediaType: 'application/pdf', originalName }, ...stamp });
const note = (id: string, title: string, text: string) => EvidenceItem.parse({ id: `evidence-${id}`, kind: 'note', title, date: '2025-01-01', note: text, ...stamp });

const longText = `${'Preamble words that say nothing much at all. '.repeat(4)}This certifies completion of the COSHH Risk Assessment course at Acme Safety Training Ltd. ${'Trailing words of no interest. '.repeat(5)}`;
const texts = new Map([['a'.repeat(64), longText], ['b'.repeat(64), 'Sécurité laser, classe 3B; Laser Safety Officer course']]);
const items = [
  file('e1', 'scan 0042', 'a'),
  file('e2', 'Laser certificate', 'b', 'laser-cert.pdf'),
  note('e3', 'Lab meeting notes', 'Discussed the coshh forms for the new solvent store.'),
  file('e4', 'Unread scan', 'c'),
];

describe('searchEvidence', () => {
  it('finds a file by the words read from it, with a snippet of where', () => {
    const [match, ...rest] = searchEvidence(items, (sha) => texts.get(sha), 'Risk assessment');
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ evidenceId: 'evidence-e1', where: 'file text' });
    expect(match!.snippet).toMatch(/^….*COSHH Risk Assessment course at Acme.*…$/);
    expect(match!.snippet!.length).toBeLessThan(160);
  });

  it('needs every word, in any field, any case, accents or not', () => {
    expect(searchEvidence(items, (sha) => texts.get(sha), 'COSHH').map((m) => [m.evidenceId, m.where])).toEqual([
      ['evidence-e1', 'file text'],
      ['evidence-e3', 'note'],
    ]);
    expect(searchEvidence(items, (sha) => texts.get(sha), 'securite  "laser"').map((m) => m.evidenceId)).toEqual(['evidence-e2']);
    expect(searchEvidence(items, (sha) => texts.get(sha), 'laser')[0]).toEqual({ evidenceId: 'evidence-e2', where: 'title' });
    expect(searchEvidence(items, (sha) => texts.get(sha), 'coshh nonsense')).toEqual([]);
    expect(searchEvidence(items, (sha) => texts.get(sha), '   ')).toEqual([]);
    expect(searchEvidence(items, () => undefined, 'laser-cert')[0]).toMatchObject({ evidenceId: 'evidence-e2', where: 'file name' });
  });

  it('cuts snippets at word boundaries and says where it cut', () => {
    expect(snippetAround('short text here', 'text')).toBe('short text here');
    expect(snippetAround('x'.repeat(10), 'y')).toBeUndefined();
    const s = snippetAround(`${'alpha '.repeat(30)}needle ${'omega '.repeat(30)}`, 'needle')!;
    expect(s.startsWith('…alpha')).toBe(true);
    expect(s.endsWith('omega…')).toBe(true);
  });
});
