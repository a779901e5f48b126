import { bodyName } from '../cpd/bodies';
import type { Framework } from '../frameworks/schema';
import { formatUkDate } from '../format/uk-date';
import type { Portfolio } from '../model/portfolio';
import { routeRequirements, supporterNoun } from '../pack/route-requirements';
import type { ChecklistItem, RouteChecklist } from './schema';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "£28", "£23.50": the fee as a person would write it. */
export function formatFee(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
}

/** An evidence item the applicant has kept as their equivalency (or equivalence) report. */
const EQUIVALENCY_TITLE = /equivalen(?:cy|ce) report/i;

const CURRENT_GOAL = new Set(['not-started', 'in-progress']);

/**
 * Everything a route asks for besides the statements, each item in one of four states read from
 * the portfolio, with where to fix it. The route's needs come from the framework file's
 * `requirements` (through routeRequirements, as the pack reads them), so the checklist, the
 * preflight and the pack never disagree about what a route asks for.
 */
export function routeChecklist(portfolio: Portfolio, framework: Framework): RouteChecklist {
  const req = framework.requirements;
  const route = routeRequirements(portfolio, framework);
  const target = portfolio.profile.targetRegistrations.find((r) => r.frameworkId === framework.id);
  const noun = supporterNoun(route.supporterKind);
  const items: ChecklistItem[] = [];
  const notNeeded = (item: Omit<ChecklistItem, 'state' | 'detail'>, why: string): ChecklistItem => ({ ...item, state: 'not-needed', detail: why });

  // CV and employment history: the pack prints the employment history as the CV.
  const cv = { kind: 'cv', label: 'CV and employment history', target: { screen: 'employment' } } as const;
  if (!route.cv) items.push(notNeeded(cv, `${framework.shortName} does not ask for a CV.`));
  else if (portfolio.employment.length === 0) items.push({ ...cv, state: 'missing', detail: 'Add your jobs under "Employment" on your profile: the pack prints them as your CV.' });
  else items.push({ ...cv, state: 'done', detail: `${plural(portfolio.employment.length, 'job')} in your employment history; the pack prints them as your CV.` });

  // Qualification certificates, or an equivalency report where the route accepts one.
  const accepted = route.equivalencyReport?.accepted === true;
  const quals = { kind: 'qualifications', label: accepted ? 'Qualification certificates or an equivalency report' : 'Qualification certificates', target: { screen: 'qualifications' } } as const;
  if (!route.qualificationLevel && !route.equivalencyReport) items.push(notNeeded(quals, `${framework.shortName} sets no qualification to show.`));
  else {
    const evidenceIds = new Set(portfolio.evidence.map((e) => e.id));
    const certified = portfolio.qualifications.filter((q) => q.evidenceIds.some((id) => evidenceIds.has(id)));
    const report = accepted ? portfolio.evidence.find((e) => EQUIVALENCY_TITLE.test(e.title)) : undefined;
    const level = route.qualificationLevel ? ` The route asks for: ${route.qualificationLevel}.` : '';
    if (certified.length > 0) items.push({ ...quals, state: 'done', detail: `${plural(certified.length, 'qualification')} with a certificate attached: ${certified.map((q) => q.title).join(', ')}.` });
    else if (report) items.push({ ...quals, state: 'done', detail: `Your equivalency report is kept as evidence: "${report.title}".`, target: { screen: 'evidence' } });
    else {
      const uncertified = portfolio.qualifications[0];
      const detail = uncertified
        ? `No certificate is attached to ${portfolio.qualifications.length === 1 ? `"${uncertified.title}"` : 'any of your qualifications'}. Add a scan or photo of it as evidence and attach it to the qualification on your profile.${level}`
        : `Add your qualifications on your profile, each with its certificate.${level}`;
      items.push({ ...quals, state: 'missing', detail: accepted ? `${detail} Without the qualification, an equivalency report can show the same level: keep it as evidence titled "Equivalency report".` : detail, ...(uncertified ? { target: { screen: 'qualifications', id: uncertified.id } } : {}) });
    }
  }

  // Membership of a licensed body: the route is applied for through one.
  const membership = { kind: 'membership', label: 'Membership of a licensed body', target: { screen: 'profile' } } as const;
  if (!req.membership?.required) items.push(notNeeded(membership, `${framework.shortName} does not ask for membership of a licensed body.`));
  else {
    const bodies = portfolio.profile.professionalBodies;
    const via = target?.viaBodyId;
    const viaMember = via ? bodies.some((b) => b.bodyId === via) : false;
    if (bodies.length === 0) items.push({ ...membership, state: 'missing', detail: `Add the licensed body you belong to (or are joining) under "Professional bodies" on your profile. ${req.membership.note}`.trim() });
    else if (via && !viaMember) items.push({ ...membership, state: 'missing', detail: `You apply through ${bodyName(via, portfolio.profile)}, which is not among your memberships on your profile. Add it, or choose the body you apply through.` });
    else {
      const named = via ? bodyName(via, portfolio.profile) : bodies.map((b) => bodyName(b.bodyId, portfolio.profile)).join(', ');
      items.push({ ...membership, state: 'done', detail: `Member of ${named}.` });
    }
  }

  // The nominated supporter, their agreement and their statement.
  const person = route.nominated;
  if (route.supportersNeeded === 0) {
    items.push(notNeeded({ kind: 'nominated-supporter', label: 'Nominated supporter', target: { screen: 'supporters' } }, `${framework.shortName} asks for no supporter or referee.`));
    items.push(notNeeded({ kind: 'supporter-agreed', label: 'Supporter has agreed', target: { screen: 'supporters' }, step: 'supporterAgreed' }, 'No supporter is needed.'));
    items.push(notNeeded({ kind: 'supporter-statement', label: "Supporter's statement", target: { screen: 'pack' }, step: 'supporterStatementReceived' }, 'No supporter is needed.'));
  } else {
    const Noun = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
    const nominated = { kind: 'nominated-supporter', label: `${Noun}, with an email address` } as const;
    if (!person) {
      const detail = !target
        ? `Add ${framework.shortName} to the registrations you are working towards on your profile, then choose your ${noun} there.`
        : portfolio.supporters.length === 0
          ? `Add the person under "Supporters and referees" on your profile, then choose them as your ${noun} for ${framework.shortName}.`
          : `Choose your ${noun} for ${framework.shortName} under "Registrations you are working towards" on your profile.`;
      items.push({ ...nominated, state: 'missing', detail, target: portfolio.supporters.length === 0 && target ? { screen: 'supporters' } : { screen: 'profile' } });
    } else if (!person.email) {
      items.push({ ...nominated, state: 'missing', detail: `${person.name} has no email address; the body contacts them by email. Add it under "Supporters and referees".`, target: { screen: 'supporters', id: person.id } });
    } else {
      items.push({ ...nominated, state: 'done', detail: `${person.name} (${person.email}).`, target: { screen: 'supporters', id: person.id } });
    }
    const who = person?.name ?? `your ${noun}`;
    const agreed = { kind: 'supporter-agreed', label: `${Noun} has agreed`, target: { screen: person ? 'supporters' : 'profile', ...(person ? { id: person.id } : {}) }, step: 'supporterAgreed' } as const;
    items.push(
      target?.supporterAgreed
        ? { ...agreed, state: 'done', detail: `Agreed on ${formatUkDate(target.supporterAgreed)}.`, date: target.supporterAgreed }
        : { ...agreed, state: 'missing', detail: `Ask ${who} whether they will support your application, then tick this.` },
    );
    const form = req.supporterStatement?.form === 'single' ? 'a statement' : 'a paragraph for each area';
    const statement = { kind: 'supporter-statement', label: `${Noun}'s statement`, target: { screen: 'pack' }, step: 'supporterStatementReceived', ...(req.supporterStatement?.source ? { source: req.supporterStatement.source } : {}) } as const;
    items.push(
      target?.supporterStatementReceived
        ? { ...statement, state: 'done', detail: `Received on ${formatUkDate(target.supporterStatementReceived)}.`, date: target.supporterStatementReceived }
        : { ...statement, state: 'missing', detail: `${who.charAt(0).toUpperCase()}${who.slice(1)} writes ${form}, in their own words. Give them a supporter's brief from the pack screen; tick this when their statement comes back.` },
    );
  }

  // Planned CPD, where the standard asks for it.
  const plan = { kind: 'development-plan', label: 'Development plan', target: { screen: 'profile' } } as const;
  if (!route.developmentPlan) items.push(notNeeded(plan, `${framework.shortName} does not ask for a development plan.`));
  else {
    const current = portfolio.goals.filter((g) => CURRENT_GOAL.has(g.status)).length;
    items.push(current > 0 ? { ...plan, state: 'done', detail: `${plural(current, 'current goal')} in your development plan.` } : { ...plan, state: 'missing', detail: 'Add goals under "Development plan" on your profile: the standard asks for planned CPD.' });
  }

  // The fee and the code of conduct happen outside the portfolio: only the applicant can tick them off.
  const fees = req.fees;
  items.push(
    fees
      ? { kind: 'fees', label: 'Application fee', state: 'check', detail: `${formatFee(fees.amount, fees.currency)}. ${fees.note}`.trim(), target: { screen: 'pack' }, source: fees.source }
      : { kind: 'fees', label: 'Application fee', state: 'check', detail: `Techfolio does not hold the fee for ${framework.shortName}; your licensed body's application page gives it.`, target: { screen: 'pack' } },
  );
  const conduct = route.codeOfConduct;
  items.push(
    conduct
      ? { kind: 'code-of-conduct', label: 'Code of conduct', state: 'check', detail: `Read the ${conduct.name}: the pack's declaration says you will abide by it.`, target: { screen: 'pack' }, ...(conduct.url ? { source: conduct.url } : {}) }
      : { kind: 'code-of-conduct', label: 'Code of conduct', state: 'check', detail: 'Your licensed body has its own code of conduct; read it before you sign the declaration.', target: { screen: 'pack' } },
  );

  const needed = items.filter((i) => i.state !== 'not-needed');
  return {
    frameworkId: framework.id,
    name: framework.name,
    shortName: framework.shortName,
    isTarget: target !== undefined,
    items,
    needed: needed.length,
    done: needed.filter((i) => i.state === 'done').length,
  };
}

/** The checklist's registration when none is named: the first the profile works towards. */
export const defaultChecklistFramework = (portfolio: Portfolio): string | undefined => portfolio.profile.targetRegistrations[0]?.frameworkId;
