import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApplicationRequirements } from '../../../../core/frameworks/schema';
import type { z } from 'zod';
import { Portfolio } from '../../../../core/model/portfolio';
import { routeFindings, routeRequirements } from '../../../../core/pack/route-requirements';
import { loadFramework } from './pack-fixtures';

const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const zoe = { ...stamp, id: 'supporter-0001', kind: 'supporter' as const, name: 'Zoë Ørsted', role: 'Laboratory Manager', organisation: 'University of Caerdydd', email: 'zoe@example.ac.uk', relationship: 'My line manager since 2019' };
const aoife = { ...stamp, id: 'supporter-0002', kind: 'referee' as const, name: 'Aoife Ní Bhriain', email: '' };

type PortfolioInput = z.input<typeof Portfolio>;
const portfolio = (input: PortfolioInput): Portfolio => Portfolio.parse(input);
const nominating = (frameworkId: string, nominatedSupporterId?: string) => ({ targetRegistrations: [{ frameworkId, ...(nominatedSupporterId ? { nominatedSupporterId } : {}) }] });

const rscitech = loadFramework('sc-rscitech');
const engtech = loadFramework('ukspec4-engtech');
const afhea = loadFramework('psf2023-afhea');

describe('the requirements of a route, read from its framework file', () => {
  it('gives RSciTech one nominated supporter, the Science Council code of conduct and an equivalency report, with the nominee filled in', () => {
    const req = routeRequirements(portfolio({ profile: nominating('sc-rscitech', zoe.id), supporters: [zoe, aoife] }), rscitech);
    expect(req).toMatchObject({
      supporterKind: 'supporter',
      supportersNeeded: 1,
      nominated: { id: zoe.id, name: 'Zoë Ørsted' },
      codeOfConduct: { name: 'Science Council Model Rules of Conduct for Registrants' },
      equivalencyReport: { accepted: true },
      developmentPlan: false,
      cv: true,
      qualificationLevel: 'RQF level 3 or equivalent; otherwise an equivalency report',
    });
    expect(req.equivalencyReport?.note).toMatch(/Equivalency Report/);
  });

  it('asks EngTech for the development plan and names no supporter or code (each institution sets its own)', () => {
    const req = routeRequirements(portfolio({}), engtech);
    expect(req).toMatchObject({ supportersNeeded: 0, developmentPlan: true, cv: true });
    expect(req.supporterKind).toBeUndefined();
    expect(req.codeOfConduct).toBeUndefined();
    expect(routeRequirements(portfolio({}), loadFramework('ukspec4-ieng')).developmentPlan).toBe(true);
  });

  it('asks AFHEA for one referee and nothing else new', () => {
    const req = routeRequirements(portfolio({}), afhea);
    expect(req).toMatchObject({ supporterKind: 'referee', supportersNeeded: 1, developmentPlan: false });
    expect(req.codeOfConduct).toBeUndefined();
    expect(req.equivalencyReport).toBeUndefined();
  });

  it('uses only the nomination made for this route, not another registration\'s', () => {
    const p = portfolio({ profile: { targetRegistrations: [{ frameworkId: 'psf2023-afhea', nominatedSupporterId: aoife.id }, { frameworkId: 'sc-rscitech' }] }, supporters: [zoe, aoife] });
    expect(routeRequirements(p, afhea).nominated?.name).toBe('Aoife Ní Bhriain');
    expect(routeRequirements(p, rscitech).nominated).toBeUndefined();
  });

  it.each(readdirSync(path.resolve('assets/frameworks')).filter((f) => f.endsWith('.json') && f !== 'framework.schema.json'))('%s has a requirements block that parses on its own', (file) => {
    const json = JSON.parse(readFileSync(path.resolve('assets/frameworks', file), 'utf8')) as { requirements?: unknown };
    expect(ApplicationRequirements.safeParse(json.requirements ?? {}).success).toBe(true);
  });

  it('refuses a misspelt or malformed requirement, saying where', () => {
    const bad = ApplicationRequirements.safeParse({ codeOfConduct: { name: '' }, equivalencyReport: { note: 'x' }, developmentplan: true });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['codeOfConduct.name', 'equivalencyReport.accepted']));
    expect(bad.error!.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
});

describe('the checks on a route before its pack is made', () => {
  const kinds = (p: Portfolio, f = rscitech) => routeFindings(p, f).map((x) => `${x.severity}:${x.kind}:${x.target.screen}`);

  it('finds nothing when the nominated supporter is chosen and has an email', () => {
    expect(routeFindings(portfolio({ profile: nominating('sc-rscitech', zoe.id), supporters: [zoe] }), rscitech)).toEqual([]);
  });

  it('sends the user to the supporters list when nobody of the kind asked for is recorded yet', () => {
    const [finding] = routeFindings(portfolio({ profile: nominating('sc-rscitech'), supporters: [aoife] }), rscitech);
    expect(finding).toMatchObject({ kind: 'no-nominated-supporter', severity: 'error', target: { screen: 'supporters' } });
    expect(finding!.message).toContain('RSciTech asks for a nominated supporter, and none is recorded yet');
  });

  it('sends the user to the profile to choose, when supporters exist but none is nominated', () => {
    const findings = routeFindings(portfolio({ profile: nominating('sc-rscitech'), supporters: [zoe] }), rscitech);
    expect(findings).toEqual([expect.objectContaining({ kind: 'no-nominated-supporter', severity: 'error', target: { screen: 'profile' } })]);
    expect(findings[0]!.message).toMatch(/Choose who it is under "Registrations you are working towards"/);
  });

  it('asks for the route to be added to the profile when the profile does not target it at all', () => {
    const findings = routeFindings(portfolio({ supporters: [zoe] }), rscitech);
    expect(findings[0]).toMatchObject({ kind: 'no-nominated-supporter', target: { screen: 'profile' } });
    expect(findings[0]!.message).toContain('Add RSciTech to the registrations you are working towards');
  });

  it('says so when the nominee is no longer in the portfolio (a restored or imported file), instead of printing nobody silently', () => {
    const findings = routeFindings(portfolio({ profile: nominating('sc-rscitech', 'supporter-gone-01'), supporters: [zoe] }), rscitech);
    expect(findings[0]).toMatchObject({ kind: 'no-nominated-supporter', severity: 'error' });
    expect(findings[0]!.message).toContain('no longer in your portfolio');
  });

  it('reports a nominee without an email as an error pointing at that person', () => {
    const noEmail = { ...zoe, email: '' };
    const findings = routeFindings(portfolio({ profile: nominating('sc-rscitech', zoe.id), supporters: [noEmail] }), rscitech);
    expect(findings).toEqual([{ kind: 'supporter-without-email', severity: 'error', message: expect.stringContaining('Zoë Ørsted, your nominated supporter for RSciTech, has no email address'), target: { screen: 'supporters', id: zoe.id } }]);
  });

  it('warns when the nominee is recorded as a different kind than the route asks for', () => {
    const p = portfolio({ profile: nominating('psf2023-afhea', zoe.id), supporters: [zoe] });
    expect(kinds(p, afhea)).toEqual(['warning:supporter-kind-mismatch:supporters']);
    expect(routeFindings(p, afhea)[0]!.message).toContain('recorded as a supporter, but AFHEA asks for a referee');
  });

  it('asks EngTech for current development goals, and not for a supporter', () => {
    expect(kinds(portfolio({}), engtech)).toEqual(['warning:no-development-plan:profile']);
    const achievedOnly = portfolio({ goals: [{ ...stamp, id: 'goal-000001', objective: 'Pass the HNC', status: 'achieved' }] });
    expect(kinds(achievedOnly, engtech)).toEqual(['warning:no-development-plan:profile']);
    const planned = portfolio({ goals: [{ ...stamp, id: 'goal-000002', objective: 'Lead the lathe induction', status: 'not-started' }] });
    expect(routeFindings(planned, engtech)).toEqual([]);
  });
});
