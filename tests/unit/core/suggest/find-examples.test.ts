import { describe, expect, it } from 'vitest';
import { ExampleIndex } from '../../../../core/suggest/example-index';
import { exampleSources, sourceKey } from '../../../../core/suggest/example-sources';
import { findExamples } from '../../../../core/suggest/find-examples';
import { suggestCriteria } from '../../../../core/suggest/suggest-criteria';
import { makeCpdRecord } from '../../../support/fixtures';
import { shippedFramework } from './accuracy';

const coshh = makeCpdRecord({ id: 'record-coshh', title: 'Wrote COSHH assessment for a new solvent', description: 'I checked the safety data sheet, exposure limits and set the PPE for the teaching lab.', outcomes: 'Approved by the safety officer.' });
const spill = makeCpdRecord({ id: 'record-spill', title: 'Managed an acid spill', description: 'I used the spill kit with the right PPE, followed the safety procedure and reported the incident.', mappings: [{ frameworkId: 'sc-rscitech', code: 'B2', note: '' }] });
const laser = makeCpdRecord({ id: 'record-laser', title: 'Laser lab risk assessment', description: 'I wrote the risk assessment for the class 4 laser with interlocks and PPE.', mappings: [{ frameworkId: 'sc-rscitech', code: 'B2', note: '' }] });
const conference = makeCpdRecord({ id: 'record-conf', title: 'Attended the HEaTED conference', description: 'Workshops on career pathways and networking with other technicians.' });

function indexOf(...cpd: ReturnType<typeof makeCpdRecord>[]) {
  const index = new ExampleIndex();
  index.sync(exampleSources({ cpd, training: [], evidence: [], activities: [] }));
  return index;
}

describe('findExamples', () => {
  const rscitech = shippedFramework('sc-rscitech');

  it('ranks the record that talks about safe working first for area B, saying which words matched and that similar records are mapped', () => {
    const found = findExamples(indexOf(coshh, spill, laser, conference), rscitech, 'B2');
    expect(found[0]).toMatchObject({ kind: 'cpd', id: 'record-coshh' });
    expect(found[0]!.matched).toContain('COSHH');
    expect(found[0]!.reasons.join(' ')).toMatch(/mentions: .*COSHH/);
    expect(found[0]!.reasons).toContain('you mapped 2 similar records to B2');
    // Records already mapped to B2 are its examples already, so they are not offered again.
    expect(found.map((f) => f.id)).not.toContain('record-spill');
  });

  it('leaves out a dismissed record and offers the conference for professional development (area E)', () => {
    const index = indexOf(coshh, spill, laser, conference);
    expect(findExamples(index, rscitech, 'B2', { dismissed: new Set([sourceKey('cpd', 'record-coshh')]) }).map((f) => f.id)).not.toContain('record-coshh');
    expect(findExamples(index, rscitech, 'E2')[0]).toMatchObject({ id: 'record-conf' });
  });

  it('answers from the changed records after a record changes, though searches are kept between calls', () => {
    const index = indexOf(coshh, spill, laser, conference);
    expect(findExamples(index, rscitech, 'E2')[0]).toMatchObject({ id: 'record-conf' });
    const edited = { ...conference, title: 'Sorted the glassware store', description: 'Shelves labelled by size.' };
    index.sync(exampleSources({ cpd: [coshh, spill, laser, edited], training: [], evidence: [], activities: [] }));
    expect(findExamples(index, rscitech, 'E2').map((f) => f.id)).not.toContain('record-conf');
  });

  it('searches for the most distinctive of the criterion\'s terms that some record has', () => {
    const index = indexOf(coshh, spill, laser, conference);
    const terms = index.distinctive(new Map([['coshh', 1], ['ppe', 1], ['unheard', 5], ['safeti', 0.1]]), 2);
    // "unheard" is in no record; "coshh" (one record) is rarer than "ppe" (three).
    expect([...terms.keys()]).toEqual(['coshh', 'ppe']);
    expect(index.distinctive(new Map([['coshh', 1]]), 2)).toEqual(new Map([['coshh', 1]]));
  });

  it('re-indexes only the records that changed', () => {
    const index = indexOf(coshh, spill, laser, conference);
    const edited = { ...conference, title: 'Attended the HEaTED conference on COSHH' };
    expect(index.sync(exampleSources({ cpd: [coshh, spill, laser, edited], training: [], evidence: [], activities: [] }))).toBe(1);
    expect(index.sync(exampleSources({ cpd: [coshh, spill, laser], training: [], evidence: [], activities: [] }))).toBe(1);
    expect(index.size).toBe(3);
  });
});

describe('suggestCriteria', () => {
  it('suggests EngTech E2 for a lock-out record, with the words that matched, leaving out dismissed and already-mapped criteria', () => {
    const engtech = shippedFramework('ukspec4-engtech');
    const index = indexOf(coshh);
    const record = { title: 'Lock-out before servicing the lathe', body: 'I isolated the power, applied my lock and followed the safe system of work and risk assessment.', outcomes: '', tags: '', mappings: [] };
    const suggestions = suggestCriteria(index, engtech, record);
    expect(suggestions[0]!.code).toBe('E2');
    expect(suggestions[0]!.reasons[0]).toMatch(/^mentions: .*(safe system of work|risk assessment)/);
    expect(suggestCriteria(index, engtech, record, { dismissed: new Set(['ukspec4-engtech:E2']) }).map((s) => s.code)).not.toContain('E2');
    expect(suggestCriteria(index, engtech, { ...record, mappings: [{ frameworkId: 'ukspec4-engtech', code: 'E2', note: '' }] }).map((s) => s.code)).not.toContain('E2');
  });
});
