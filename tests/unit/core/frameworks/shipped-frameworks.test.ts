import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { criterionWording } from '../../../../core/frameworks/criterion-wording';
import { frameworkJsonSchemaText } from '../../../../core/frameworks/json-schema';
import { parseFrameworkText } from '../../../../core/frameworks/parse-framework';
import type { Framework } from '../../../../core/frameworks/schema';

const dir = path.resolve('assets/frameworks');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'framework.schema.json');
const load = (file: string): Framework => {
  const parsed = parseFrameworkText(readFileSync(path.join(dir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
  return parsed.framework;
};
const byId = new Map(files.map(load).map((f) => [f.id, f]));
const codesOf = (id: string) => byId.get(id)!.areas.flatMap((a) => a.criteria.map((c) => c.code));

describe('the shipped framework files', () => {
  it.each(files)('%s validates against the schema and is named after its id', (file) => {
    const framework = load(file);
    expect(`${framework.id}.json`).toBe(file);
  });

  it.each(files)('%s gives every criterion a unique code', (file) => {
    const codes = load(file).areas.flatMap((a) => a.criteria.map((c) => c.code));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('ships exactly the frameworks other parts of the app rely on, by id', () => {
    expect([...byId.keys()].sort()).toEqual(['engc-cpd-code', 'example-technician-pathway', 'psf2023-afhea', 'sc-cpd-2022', 'sc-csci', 'sc-rsci', 'sc-rscitech', 'ukspec4-engtech', 'ukspec4-ieng']);
  });

  it('gives RSciTech its 15 codes A1 to E2, with no E3', () => {
    expect(codesOf('sc-rscitech')).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'E1', 'E2']);
  });

  it('gives RSci the 2025 code set, with D4 an alias of D3 and the old D3 retired', () => {
    const rsci = byId.get('sc-rsci')!;
    expect(codesOf('sc-rsci')).not.toContain('D4');
    expect(codesOf('sc-rsci')).toContain('D3');
    expect(rsci.aliases).toContainEqual(expect.objectContaining({ from: 'D4', to: 'D3' }));
    expect(rsci.retiredCodes.map((r) => r.code)).toEqual(['D3@pre2025']);
  });

  it('gives EngTech 15 and IEng 17 criteria, as UK-SPEC 4 has', () => {
    expect(codesOf('ukspec4-engtech')).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'E1', 'E2', 'E3', 'E4', 'E5']);
    expect(codesOf('ukspec4-ieng')).toHaveLength(17);
  });

  it('models the AFHEA rule: V1, V3, K1 to K3, and two of the five areas of activity', () => {
    expect(byId.get('psf2023-afhea')!.selectionRules).toEqual([
      expect.objectContaining({ kind: 'all-of', codes: ['V1', 'V3', 'K1', 'K2', 'K3'] }),
      expect.objectContaining({ kind: 'at-least', count: 2, codes: ['A1', 'A2', 'A3', 'A4', 'A5'] }),
    ]);
  });

  it('shows official wording only where it was confirmed, and names where to check every pending criterion', () => {
    for (const framework of byId.values()) {
      for (const c of framework.areas.flatMap((a) => a.criteria)) {
        if (c.wordingStatus === 'pending') {
          expect(c.officialStatement, `${framework.id} ${c.code}`).toBeUndefined();
          expect(c.wordingSource, `${framework.id} ${c.code}`).toMatch(/^https?:\/\//);
        }
      }
      const pending = framework.areas.flatMap((a) => a.criteria).filter((c) => c.wordingStatus === 'pending');
      if (pending.length > 0) expect(framework.accuracyNote, framework.id).not.toBe('');
    }
  });

  it('keeps UK-SPEC 4 entirely pending: none of its wording was read in the official document', () => {
    for (const id of ['ukspec4-engtech', 'ukspec4-ieng']) {
      expect(byId.get(id)!.areas.flatMap((a) => a.criteria).every((c) => c.wordingStatus === 'pending')).toBe(true);
    }
  });

  // Set deliberately from the confirmed-wording reference: only rows read on the standard-setter's
  // own page, or a licensed body's or accredited university's copy of it, are shipped as official.
  // Corroborated, single-source and unconfirmed wording stays pending.
  const confirmedCriteria: Record<string, string[]> = {
    'sc-rscitech': ['A1'],
    'sc-rsci': ['A1', 'A2', 'A3', 'B1', 'D1'],
    'sc-csci': ['A1', 'A2', 'A3', 'B1', 'B2'],
    'ukspec4-engtech': [],
    'ukspec4-ieng': [],
    'psf2023-afhea': ['A1', 'K1', 'V1'],
    'sc-cpd-2022': ['S1', 'S2', 'S3', 'S4'],
    'engc-cpd-code': ['1', '2', '3', '4', '5', '6', '7'],
    'example-technician-pathway': ['T1', 'T2', 'T3', 'S1', 'S2', 'P1', 'P2', 'D1', 'D2'],
  };
  const confirmedAreas: Record<string, string[]> = {
    'sc-rscitech': ['A', 'B', 'C', 'D', 'E'],
    'sc-rsci': ['A', 'B', 'C', 'D', 'E'],
    'sc-csci': ['A', 'B'],
    'ukspec4-engtech': [],
    'ukspec4-ieng': [],
    'psf2023-afhea': ['A', 'K', 'V'],
  };

  it.each(Object.keys(confirmedCriteria))('%s marks as confirmed exactly the criteria the reference confirms', (id) => {
    const confirmed = byId.get(id)!.areas.flatMap((a) => a.criteria).filter((c) => c.wordingStatus === 'confirmed').map((c) => c.code);
    expect(confirmed).toEqual(confirmedCriteria[id]);
  });

  it.each(Object.keys(confirmedAreas))('%s marks as confirmed exactly the area headings the reference confirms', (id) => {
    expect(byId.get(id)!.areas.filter((a) => a.wordingStatus === 'confirmed').map((a) => a.code)).toEqual(confirmedAreas[id]);
  });

  it('never writes "pending" into a heading: the app says what is pending itself', () => {
    for (const framework of byId.values()) {
      for (const area of framework.areas) {
        expect(area.heading, `${framework.id} ${area.code}`).not.toMatch(/pending|\(wording/i);
        for (const c of area.criteria) expect(c.heading, `${framework.id} ${c.code}`).not.toMatch(/pending|\(wording|criterion\)?$/i);
      }
    }
  });

  it('heads every confirmed criterion with its official statement, so no paraphrase of ours reads as official', () => {
    for (const framework of byId.values()) {
      for (const c of framework.areas.flatMap((a) => a.criteria)) {
        if (c.wordingStatus === 'confirmed' && c.officialStatement) expect(c.heading, `${framework.id} ${c.code}`).toBe(c.officialStatement.replace(/\.$/, ''));
      }
    }
  });

  it('never heads a criterion that is not official with our summary, in any shipped file', () => {
    for (const framework of byId.values()) {
      for (const { code, heading, wordingStatus } of framework.areas.flatMap((a) => a.criteria)) {
        const w = criterionWording(framework, code, []);
        if (wordingStatus === 'confirmed') continue;
        expect(w.source).toBe('pending');
        expect(w.heading, `${framework.id} ${code}`).toMatch(/^Area [A-Z]+(: .+)?$/);
        expect(w.heading).not.toContain(heading);
        expect(w.summary).toBe(heading);
      }
    }
  });

  it('dates RSciTech to the 2020 review, never 2011, and names area E as the Science Council now does', () => {
    const rscitech = byId.get('sc-rscitech')!;
    expect(rscitech.edition).toMatch(/2020 review/);
    expect(rscitech.edition).not.toMatch(/2011/);
    expect(rscitech.areas.find((a) => a.code === 'E')!.heading).toBe('Professionalism (also called Professional standards)');
    expect(byId.get('sc-rsci')!.areas.map((a) => a.heading).slice(3)).toEqual(['Professional practice', 'Professionalism']);
  });

  it('gives CSci its 300 to 350 words as guidance, not as a limit to fix', () => {
    for (const c of byId.get('sc-csci')!.areas.flatMap((a) => a.criteria)) {
      expect(c.wordLimit, c.code).toBeUndefined();
      expect(c.suggestedWords, c.code).toEqual({ min: 300, max: 350 });
    }
  });

  it('summarises EngTech and IEng E4 as carrying out and recording CPD, not planning it', () => {
    for (const id of ['ukspec4-engtech', 'ukspec4-ieng']) {
      const e4 = byId.get(id)!.areas.flatMap((a) => a.criteria).find((c) => c.code === 'E4')!;
      expect(e4.heading).toBe('Carry out and record CPD to maintain and enhance your competence');
    }
  });

  it('documents a minimal example in README.md that itself validates', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(parseFrameworkText(example)).toMatchObject({ ok: true, framework: { id: 'example-uni-technician', kind: 'career' } });
  });

  it('has a framework.schema.json generated from the current zod schema (regenerate it as assets/frameworks/README.md says)', () => {
    expect(readFileSync(path.join(dir, 'framework.schema.json'), 'utf8')).toBe(frameworkJsonSchemaText());
  });
});
