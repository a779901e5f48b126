import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('documents a minimal example in README.md that itself validates', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(parseFrameworkText(example)).toMatchObject({ ok: true, framework: { id: 'example-uni-technician', kind: 'career' } });
  });

  it('has a framework.schema.json generated from the current zod schema (regenerate it as assets/frameworks/README.md says)', () => {
    expect(readFileSync(path.join(dir, 'framework.schema.json'), 'utf8')).toBe(frameworkJsonSchemaText());
  });
});
