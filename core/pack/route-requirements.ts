import type { ApplicationRequirements, Framework } from '../frameworks/schema';
import type { Supporter } from '../model/career';
import type { Portfolio } from '../model/portfolio';
import type { TargetRegistration } from '../model/profile';
import type { PackFinding } from './pack-options';

type SupporterKind = Supporter['kind'];

/** What one route asks for besides the statements, with the user's choices for it filled in. */
export interface RouteRequirements {
  /** The kind of person the route asks for; undefined when it names none. */
  supporterKind?: SupporterKind;
  supportersNeeded: number;
  /** The person nominated for this route on the profile, when they are still in the portfolio. */
  nominated?: Supporter;
  codeOfConduct?: NonNullable<ApplicationRequirements['codeOfConduct']>;
  equivalencyReport?: NonNullable<ApplicationRequirements['equivalencyReport']>;
  /** The standard asks for planned CPD: the pack includes the development plan. */
  developmentPlan: boolean;
  cv: boolean;
  qualificationLevel?: string;
}

const targetFor = (portfolio: Portfolio, framework: Framework): TargetRegistration | undefined =>
  portfolio.profile.targetRegistrations.find((r) => r.frameworkId === framework.id);

export function routeRequirements(portfolio: Portfolio, framework: Framework): RouteRequirements {
  const req = framework.requirements;
  const nominatedId = targetFor(portfolio, framework)?.nominatedSupporterId;
  const nominated = nominatedId === undefined ? undefined : portfolio.supporters.find((s) => s.id === nominatedId);
  return {
    ...(req.supporters ? { supporterKind: req.supporters.kind } : {}),
    supportersNeeded: req.supporters?.count ?? 0,
    ...(nominated ? { nominated } : {}),
    ...(req.codeOfConduct ? { codeOfConduct: req.codeOfConduct } : {}),
    ...(req.equivalencyReport ? { equivalencyReport: req.equivalencyReport } : {}),
    developmentPlan: req.developmentPlan ?? false,
    cv: req.cv ?? false,
    ...(req.qualificationLevel ? { qualificationLevel: req.qualificationLevel } : {}),
  };
}

/** "supporter" or "referee", as the route calls the person it asks for. */
export const supporterNoun = (kind: SupporterKind | undefined): string => (kind === 'referee' ? 'referee' : 'nominated supporter');

const CURRENT_GOAL = new Set(['not-started', 'in-progress']);

/**
 * What would make the body return the application for this route's supporter and plan. The
 * supporter is contacted by email, so a nominee without one is as good as none.
 */
export function routeFindings(portfolio: Portfolio, framework: Framework): PackFinding[] {
  const req = routeRequirements(portfolio, framework);
  const route = framework.shortName;
  const noun = supporterNoun(req.supporterKind);
  const findings: PackFinding[] = [];

  if (req.supportersNeeded > 0) {
    const target = targetFor(portfolio, framework);
    const ofKind = portfolio.supporters.filter((s) => s.kind === req.supporterKind);
    if (!req.nominated) {
      const message = !target
        ? `${route} asks for a ${noun}. Add ${route} to the registrations you are working towards on your profile, and nominate your ${noun} there.`
        : target.nominatedSupporterId
          ? `The ${noun} nominated for ${route} is no longer in your portfolio. Nominate someone else on your profile.`
          : ofKind.length === 0
            ? `${route} asks for a ${noun}, and none is recorded yet. Add them under "Supporters and referees", then nominate them for ${route} on your profile.`
            : `${route} asks for a ${noun}. Choose who it is under "Registrations you are working towards" on your profile.`;
      findings.push({ kind: 'no-nominated-supporter', severity: 'error', message, target: ofKind.length === 0 && target ? { screen: 'supporters' } : { screen: 'profile' } });
    } else {
      const person = req.nominated;
      if (!person.email) {
        findings.push({
          kind: 'supporter-without-email',
          severity: 'error',
          message: `${person.name}, your ${noun} for ${route}, has no email address. The body contacts them by email: add it under "Supporters and referees".`,
          target: { screen: 'supporters', id: person.id },
        });
      }
      if (req.supporterKind && person.kind !== req.supporterKind) {
        findings.push({
          kind: 'supporter-kind-mismatch',
          severity: 'warning',
          message: `${person.name} is recorded as a ${person.kind}, but ${route} asks for a ${req.supporterKind}. Check that they can act as one, and change how they act under "Supporters and referees".`,
          target: { screen: 'supporters', id: person.id },
        });
      }
    }
  }

  if (req.developmentPlan && !portfolio.goals.some((g) => CURRENT_GOAL.has(g.status))) {
    findings.push({
      kind: 'no-development-plan',
      severity: 'warning',
      message: `${route} asks for planned CPD, but your development plan has no current goals. Add goals under "Development plan" on your profile.`,
      target: { screen: 'profile' },
    });
  }
  return findings;
}
