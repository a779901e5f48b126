import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../../../core/frameworks/schema';
import { CompetenceStatement } from '../../../../core/model/statement';
import { carryOver, type CarryOverParts } from '../../../../core/upgrade/carry-over';
import { upgradeDeclared } from '../../../../core/upgrade/correspondence';
import { upgradeView } from '../../../../core/upgrade/upgrade-view';
import { makeCpdRecord } from '../../../support/fixtures';

const shipped = (id: string) => Framework.parse(JSON.parse(readFileSync(`assets/frameworks/${id}.json`, 'utf8')));
const statement = (frameworkId: string, code: string, text: string) => CompetenceStatement.parse({ frameworkId, code, text, updatedAt: '2026-01-01T00:00:00.000Z' });
const now = '2026-11-23T10:00:00.000Z';
const rsci = shipped('sc-rsci');
const csci = shipped('sc-csci');

function parts(): CarryOverParts {
  return {
    statements: [statement('sc-rsci', 'A1', 'I keep up with new assay methods.'), statement('sc-rsci', 'C1', 'I explain results to clinicians.'), statement('sc-rsci', 'C3', 'I chair the lab meeting.'), statement('sc-csci', 'A2', 'My own CSci A2.')],
    cpd: [makeCpdRecord({ id: 'cpd-0001', title: 'Method course', mappings: [{ frameworkId: 'sc-rsci', code: 'A1', note: 'new method' }, { frameworkId: 'sc-rsci', code: 'A2' }] })],
    training: [],
    qualifications: [],
    evidence: [],
    activities: [],
  };
}

describe('carryOver RSci → CSci', () => {
  const upgrade = upgradeDeclared(csci, 'sc-rsci')!;

  it('writes drafts by the declared correspondence, joining an area\'s statements under their codes, and marks them carried over', () => {
    const { next, summary } = carryOver(parts(), rsci, csci, upgrade, now);
    expect(summary.statementsCarried).toEqual([{ code: 'A1', from: ['A1'] }, { code: 'C1', from: ['C1', 'C3'] }]);
    const c1 = next.statements.find((s) => s.frameworkId === 'sc-csci' && s.code === 'C1')!;
    expect(c1.text).toBe('[From RSci C1]\nI explain results to clinicians.\n\n[From RSci C3]\nI chair the lab meeting.');
    expect(c1.carriedOver).toEqual({ frameworkId: 'sc-rsci', codes: ['C1', 'C3'], at: now });
    expect(summary.raised).toEqual(['A1', 'A2', 'B1', 'B2']);
  });

  it('never overwrites a statement the user already wrote for the higher register', () => {
    const before = parts();
    before.statements.push(statement('sc-rsci', 'A2', 'RSci A2 text.'));
    const { next, summary } = carryOver(before, rsci, csci, upgrade, now);
    expect(summary.statementsKept).toEqual(['A2']);
    expect(next.statements.filter((s) => s.frameworkId === 'sc-csci' && s.code === 'A2')).toEqual([before.statements[3]]);
  });

  it('adds the higher codes to mapped records, keeping the lower mappings and their notes', () => {
    const { next, summary } = carryOver(parts(), rsci, csci, upgrade, now);
    expect(next.cpd[0]!.mappings).toEqual([
      { frameworkId: 'sc-rsci', code: 'A1', note: 'new method' },
      { frameworkId: 'sc-rsci', code: 'A2', note: '' },
      { frameworkId: 'sc-csci', code: 'A1', note: 'new method' },
      { frameworkId: 'sc-csci', code: 'A2', note: '' },
    ]);
    expect(summary.mappingsAdded).toEqual([{ kind: 'cpd', id: 'cpd-0001', title: 'Method course', codes: ['A1', 'A2'] }]);
  });

  it('adds nothing the second time', () => {
    const once = carryOver(parts(), rsci, csci, upgrade, now).next;
    const twice = carryOver(once, rsci, csci, upgrade, '2026-11-24T10:00:00.000Z');
    expect(twice.summary.statementsCarried).toEqual([]);
    expect(twice.summary.mappingsAdded).toEqual([]);
    expect(twice.next.statements).toEqual(once.statements);
    expect(twice.next.cpd).toEqual(once.cpd);
  });
});

describe('carryOver RSciTech → RSci', () => {
  it('follows an old RSci D4 mapping through the alias, so the record is not mapped twice', () => {
    const rscitech = shipped('sc-rscitech');
    const p = parts();
    p.statements = [statement('sc-rscitech', 'D3', 'Improved the booking system.')];
    p.cpd = [makeCpdRecord({ id: 'cpd-0002', title: 'Lean course', mappings: [{ frameworkId: 'sc-rscitech', code: 'D3' }, { frameworkId: 'sc-rsci', code: 'D4' }] })];
    const { next, summary } = carryOver(p, rscitech, rsci, upgradeDeclared(rsci, 'sc-rscitech')!, now);
    expect(summary.statementsCarried).toEqual([{ code: 'D3', from: ['D3'] }]);
    expect(summary.mappingsAdded).toEqual([]);
    expect(next.cpd[0]).toBe(p.cpd[0]);
  });
});

describe('upgradeView', () => {
  it('sets the two standards side by side by area, with counterparts, marks and progress', () => {
    const p = parts();
    const view = upgradeView(rsci, csci, upgradeDeclared(csci, 'sc-rsci')!, p.statements, p);
    expect(view.areas.map((a) => a.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const c = view.areas[2]!;
    expect(c.lower.map((x) => [x.code, x.counterparts])).toEqual([['C1', ['C1']], ['C2', ['C1']], ['C3', ['C1']]]);
    expect(c.higher).toEqual([expect.objectContaining({ code: 'C1', counterparts: ['C1', 'C2', 'C3'], wordingStatus: 'pending', notes: ['By area: CSci\'s criteria in area C are not confirmed.'] })]);
    const a = view.areas[0]!;
    expect(a.lower[0]).toMatchObject({ code: 'A1', statementWords: 7, mappedCount: 1 });
    expect(a.higher.map((x) => [x.code, x.mark, x.statementWords])).toEqual([['A1', 'raised', 0], ['A2', 'raised', 4], ['A3', undefined, 0]]);
    expect(view.basis).toMatch(/^Our own correspondence, not the Science Council's/);
    expect(view.unknownFromCodes).toEqual([]);
  });

  it('marks the IEng criteria with no EngTech counterpart as new', () => {
    const ieng = shipped('ukspec4-ieng');
    const view = upgradeView(shipped('ukspec4-engtech'), ieng, upgradeDeclared(ieng, 'ukspec4-engtech')!, [], { cpd: [], training: [], qualifications: [], evidence: [] });
    const marked = view.areas.flatMap((a) => a.higher.filter((x) => x.mark === 'new').map((x) => x.code));
    expect(marked).toEqual(['B2', 'B3', 'C1', 'C4', 'D2']);
    expect(view.areas[2]!.lower.find((x) => x.code === 'C1')!.counterparts).toEqual([]);
  });
});
