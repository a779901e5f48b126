import { describe, expect, it } from 'vitest';
import { indexCodes } from '../../../../core/frameworks/codes';
import { buildFrameworkRegistry, summarise } from '../../../../core/frameworks/registry';
import { Framework, type FrameworkInput } from '../../../../core/frameworks/schema';

const make = (fields: Partial<FrameworkInput> = {}): Framework =>
  Framework.parse({
    formatVersion: 1,
    id: 'sc-rsci',
    name: 'Registered Scientist',
    shortName: 'RSci',
    awardingBody: 'Science Council',
    edition: '2025',
    sourceUrl: 'https://sciencecouncil.org/',
    dateChecked: '2026-11-23',
    areas: [{ code: 'D', heading: 'Professional practice', criteria: [{ code: 'D1', heading: 'Select methods', guidance: 'Shipped guidance.' }, { code: 'D3', heading: 'Previously D4' }] }],
    aliases: [{ from: 'D4', to: 'D3' }],
    retiredCodes: [{ code: 'D3@pre2025', heading: 'Removed in 2025' }],
    ...fields,
  });

describe('indexCodes', () => {
  const index = indexCodes(make());
  it('resolves a current code to itself', () => expect(index.resolve('D1')).toEqual({ kind: 'current', code: 'D1' }));
  it('resolves the renamed RSci D4 to D3 through the alias', () => expect(index.resolve('D4')).toEqual({ kind: 'alias', code: 'D3', from: 'D4' }));
  it('reports a retired code with what it was', () => expect(index.resolve('D3@pre2025')).toEqual({ kind: 'retired', from: 'D3@pre2025', heading: 'Removed in 2025' }));
  it('reports a code the framework never had as unknown', () => expect(index.resolve('Z9')).toEqual({ kind: 'unknown', from: 'Z9' }));
});

describe('buildFrameworkRegistry', () => {
  it('applies the user\'s wording over a built-in criterion and keeps the shipped wording beside it', () => {
    const registry = buildFrameworkRegistry({ builtIn: [make()], imported: [], overrides: [{ frameworkId: 'sc-rsci', code: 'D1', heading: 'Choosing methods', guidance: 'My notes.' }] });
    const loaded = registry.get('sc-rsci')!;
    expect(loaded.framework.areas[0]!.criteria[0]).toMatchObject({ heading: 'Choosing methods', guidance: 'My notes.' });
    expect(loaded.overrides).toEqual([{ code: 'D1', heading: 'Choosing methods', guidance: 'My notes.', originalHeading: 'Select methods', originalGuidance: 'Shipped guidance.' }]);
  });

  it('keeps a confirmed criterion\'s official heading, holding the user\'s heading and form wording beside it', () => {
    const confirmed = make({ areas: [{ code: 'D', heading: 'Professional practice', criteria: [{ code: 'D1', heading: 'Select methods', officialStatement: 'Select methods.', wordingStatus: 'confirmed' }] }], aliases: [], retiredCodes: [] });
    const registry = buildFrameworkRegistry({ builtIn: [confirmed], imported: [], overrides: [{ frameworkId: 'sc-rsci', code: 'D1', heading: 'Choosing methods', formWording: 'From my form.' }] });
    const loaded = registry.get('sc-rsci')!;
    expect(loaded.framework.areas[0]!.criteria[0]!.heading).toBe('Select methods');
    expect(loaded.overrides[0]).toMatchObject({ heading: 'Choosing methods', formWording: 'From my form.', originalHeading: 'Select methods' });
  });

  it('keeps an override after an update drops its code, reporting it as unmatched rather than losing it', () => {
    const registry = buildFrameworkRegistry({ builtIn: [make()], imported: [], overrides: [{ frameworkId: 'sc-rsci', code: 'D2', heading: 'Mine' }] });
    expect(registry.get('sc-rsci')!.unmatchedOverrides).toEqual(['D2']);
  });

  it('keeps the shipped heading when an override changes only the guidance', () => {
    const registry = buildFrameworkRegistry({ builtIn: [make()], imported: [], overrides: [{ frameworkId: 'sc-rsci', code: 'D1', guidance: 'Only this.' }] });
    expect(registry.get('sc-rsci')!.framework.areas[0]!.criteria[0]).toMatchObject({ heading: 'Select methods', guidance: 'Only this.' });
  });

  it('lets a built-in framework win over an import with the same id, and reports the hidden import', () => {
    const imported = make({ name: 'My copy' });
    const registry = buildFrameworkRegistry({ builtIn: [make()], imported: [imported, make({ id: 'uni-tech', shortName: 'Uni' })], overrides: [] });
    expect(registry.get('sc-rsci')!.origin).toBe('built-in');
    expect(registry.get('uni-tech')!.origin).toBe('imported');
    expect(registry.shadowed).toEqual(['sc-rsci']);
  });

  it('summarises criteria and pending wording counts', () => {
    const registry = buildFrameworkRegistry({ builtIn: [make()], imported: [], overrides: [] });
    expect(summarise(registry.get('sc-rsci')!)).toMatchObject({ criteriaCount: 2, pendingCount: 2, overrideCount: 0, origin: 'built-in' });
  });
});
