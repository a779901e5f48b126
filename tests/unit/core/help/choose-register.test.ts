import { describe, expect, it } from 'vitest';
import { suggestRegisters } from '../../../../core/help/choose-register';
import { glossary, registers } from '../../../../core/help/registers';
import { readdirSync } from 'node:fs';

/** The frameworks shipped in assets/frameworks, by file name. */
const builtInFrameworkIds = readdirSync('assets/frameworks').filter((f) => f.endsWith('.json') && f !== 'framework.schema.json').map((f) => f.replace(/\.json$/, ''));

describe('help me choose', () => {
  it('suggests RSciTech to a level 3 lab technician working under direction, saying why', () => {
    const [first, ...rest] = suggestRegisters({ qualification: 'level3', work: 'science', responsibility: 'directed' });
    expect(first).toMatchObject({ frameworkId: 'sc-rscitech', shortName: 'RSciTech' });
    expect(first?.why).toMatch(/level 3/);
    expect(rest).toEqual([]);
  });

  it('says an equivalency report is needed without a level 3 qualification', () => {
    expect(suggestRegisters({ qualification: 'none', work: 'science', responsibility: 'directed' })[0]?.why).toMatch(/equivalency report/);
  });

  it('suggests RSci (and RSciTech no more) to a graduate who supervises', () => {
    expect(suggestRegisters({ qualification: 'level5', work: 'science', responsibility: 'supervises' }).map((s) => s.shortName)).toEqual(['RSci']);
  });

  it('suggests CSci and RSci to a master’s-level technician who leads', () => {
    expect(suggestRegisters({ qualification: 'level7', work: 'science', responsibility: 'leads' }).map((s) => s.shortName)).toEqual(['CSci', 'RSci']);
  });

  it('puts AFHEA first for someone who teaches, and EngTech or IEng for engineering work', () => {
    expect(suggestRegisters({ qualification: 'level3', work: 'teaching', responsibility: 'directed' }).map((s) => s.shortName)).toEqual(['AFHEA', 'RSciTech']);
    expect(suggestRegisters({ qualification: 'level3', work: 'engineering', responsibility: 'directed' }).map((s) => s.shortName)).toEqual(['EngTech']);
    expect(suggestRegisters({ qualification: 'level5', work: 'engineering', responsibility: 'leads' }).map((s) => s.shortName)).toEqual(['IEng']);
  });

  it('gives every suggestion a source address', () => {
    for (const s of suggestRegisters({ qualification: 'level7', work: 'science', responsibility: 'leads' })) expect(s.source).toMatch(/^https?:\/\//);
  });
});

describe('the registers help', () => {
  it('describes each built-in register framework, once', () => {
    const ids = registers.map((r) => r.frameworkId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(builtInFrameworkIds).toContain(id);
  });

  it('gives every fact and glossary entry a web source', () => {
    const facts = [...registers.flatMap((r) => [r.purpose, r.suits, ...r.route, ...r.application, ...r.cpd]), ...glossary.map((g) => g.meaning)];
    expect(facts.length).toBeGreaterThan(30);
    for (const f of facts) expect(new URL(f.source).protocol).toMatch(/^https?:$/);
  });
});
