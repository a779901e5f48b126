import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeChecklist } from '../../../../core/checklist/route-checklist';
import type { ChecklistItemKind, RouteChecklist } from '../../../../core/checklist/schema';
import { Framework } from '../../../../core/frameworks/schema';
import { Portfolio } from '../../../../core/model/portfolio';

const root = path.resolve(import.meta.dirname, '../../../..');
const framework = (id: string) => Framework.parse(JSON.parse(readFileSync(path.join(root, `assets/frameworks/${id}.json`), 'utf8')));
const rscitech = framework('sc-rscitech');
const engtech = framework('ukspec4-engtech');
const afhea = framework('psf2023-afhea');

const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const zoe = { ...stamp, id: 'supporter-0001', name: 'Zoë Ørsted', email: 'zoe@example.ac.uk' };
const certificate = { ...stamp, id: 'evidence-0001', kind: 'file', title: 'BTEC certificate', date: '2015-07-01', file: { sha256: 'a'.repeat(64), size: 10, mediaType: 'application/pdf', originalName: 'btec.pdf' } };

/** A portfolio working towards `frameworkId`, with whatever parts a test adds. */
function portfolio(frameworkId: string, parts: Record<string, unknown> = {}, target: Record<string, unknown> = {}) {
  const { profile, ...lists } = parts as { profile?: Record<string, unknown> };
  return Portfolio.parse({ profile: { name: 'Siân Jones', targetRegistrations: [{ frameworkId, ...target }], ...profile }, ...lists });
}

const state = (c: RouteChecklist, kind: ChecklistItemKind) => c.items.find((i) => i.kind === kind)!.state;
const item = (c: RouteChecklist, kind: ChecklistItemKind) => c.items.find((i) => i.kind === kind)!;

describe('the route checklist', () => {
  it('on an empty RSciTech portfolio: everything it asks for is missing or to check, each with where to fix it', () => {
    const c = routeChecklist(portfolio(rscitech.id), rscitech);
    expect(c.items.map((i) => [i.kind, i.state])).toEqual([
      ['cv', 'missing'],
      ['qualifications', 'missing'],
      ['membership', 'missing'],
      ['nominated-supporter', 'missing'],
      ['supporter-agreed', 'missing'],
      ['supporter-statement', 'missing'],
      ['development-plan', 'not-needed'],
      ['fees', 'check'],
      ['code-of-conduct', 'check'],
    ]);
    expect(item(c, 'cv').target).toEqual({ screen: 'employment' });
    expect(item(c, 'nominated-supporter').target).toEqual({ screen: 'supporters' });
    expect(item(c, 'qualifications').detail).toContain('equivalency report');
    expect(item(c, 'fees')).toMatchObject({ detail: expect.stringContaining('£28'), source: 'https://www.tfaforms.com/5097343' });
    expect(item(c, 'code-of-conduct').detail).toContain('Science Council Model Rules of Conduct for Registrants');
    expect(c).toMatchObject({ needed: 8, done: 0, isTarget: true });
  });

  it('marks each item done once the portfolio has it', () => {
    const p = portfolio(
      rscitech.id,
      {
        profile: { professionalBodies: [{ bodyId: 'ist' }] },
        employment: [{ ...stamp, id: 'job-000001', employer: 'University of Caerdydd', role: 'Technician', startDate: '2019-09-01' }],
        evidence: [certificate],
        qualifications: [{ ...stamp, id: 'qual-000001', title: 'BTEC Level 3', evidenceIds: [certificate.id] }],
        supporters: [zoe],
      },
      { viaBodyId: 'ist', nominatedSupporterId: zoe.id, supporterAgreed: '2026-11-01', supporterStatementReceived: '2026-11-20' },
    );
    const c = routeChecklist(p, rscitech);
    for (const kind of ['cv', 'qualifications', 'membership', 'nominated-supporter', 'supporter-agreed', 'supporter-statement'] as const) expect(state(c, kind)).toBe('done');
    expect(item(c, 'supporter-agreed')).toMatchObject({ detail: 'Agreed on 01/11/2026.', date: '2026-11-01' });
    expect(item(c, 'supporter-statement').detail).toContain('20/11/2026');
    expect(c.done).toBe(6);
  });

  it('treats a supporter without an email, a qualification without a certificate and a body applied through but not joined as missing', () => {
    const p = portfolio(
      rscitech.id,
      { profile: { professionalBodies: [{ bodyId: 'rsc' }] }, supporters: [{ ...zoe, email: '' }], qualifications: [{ ...stamp, id: 'qual-000001', title: 'BTEC Level 3' }] },
      { viaBodyId: 'ist', nominatedSupporterId: zoe.id },
    );
    const c = routeChecklist(p, rscitech);
    expect(item(c, 'nominated-supporter')).toMatchObject({ state: 'missing', target: { screen: 'supporters', id: zoe.id } });
    expect(item(c, 'nominated-supporter').detail).toContain('no email address');
    expect(item(c, 'qualifications')).toMatchObject({ state: 'missing', target: { screen: 'qualifications', id: 'qual-000001' } });
    expect(item(c, 'qualifications').detail).toContain('No certificate is attached to "BTEC Level 3"');
    expect(state(c, 'membership')).toBe('missing');
  });

  it('accepts an equivalency report kept as evidence in place of a certificate, where the route accepts one', () => {
    const report = { ...certificate, id: 'evidence-0002', title: 'RSciTech Equivalency Report' };
    expect(state(routeChecklist(portfolio(rscitech.id, { evidence: [report] }), rscitech), 'qualifications')).toBe('done');
  });

  it('says what a route does not need: no supporter for EngTech, a development plan it does need', () => {
    const c = routeChecklist(portfolio(engtech.id), engtech);
    expect(state(c, 'nominated-supporter')).toBe('not-needed');
    expect(state(c, 'supporter-agreed')).toBe('not-needed');
    expect(state(c, 'development-plan')).toBe('missing');
    expect(state(c, 'membership')).toBe('missing');
    expect(item(c, 'fees').detail).toContain('does not hold the fee');
    const withGoal = portfolio(engtech.id, { goals: [{ ...stamp, id: 'goal-000001', objective: 'Learn PLC programming', status: 'in-progress' }] });
    expect(state(routeChecklist(withGoal, engtech), 'development-plan')).toBe('done');
  });

  it('calls a referee a referee, and needs no membership or qualification for AFHEA', () => {
    const c = routeChecklist(portfolio(afhea.id), afhea);
    expect(item(c, 'nominated-supporter').label).toBe('Referee, with an email address');
    expect(item(c, 'supporter-statement').detail).toContain('writes a statement');
    expect(state(c, 'membership')).toBe('not-needed');
    expect(state(c, 'qualifications')).toBe('not-needed');
    expect(state(c, 'cv')).toBe('not-needed');
  });

  it('asks to add the registration to the profile when it is not a target yet', () => {
    const c = routeChecklist(Portfolio.parse({}), rscitech);
    expect(c.isTarget).toBe(false);
    expect(item(c, 'nominated-supporter')).toMatchObject({ state: 'missing', target: { screen: 'profile' } });
    expect(item(c, 'nominated-supporter').detail).toContain('Add RSciTech to the registrations you are working towards');
  });
});
