import type { z } from 'zod';
import type { Activity, ActivityInput, ActivityKind } from '../../../core/model/commitment';

export type ActivityFormValues = z.input<typeof ActivityInput>;
export type ActivityFormOutput = z.output<typeof ActivityInput>;

const shared = { evidenceIds: [], mappings: [] };

/** A new record of a kind: dated today, with every choice at its most common answer. */
export function blankActivity(kind: ActivityKind, today: string): ActivityFormValues {
  switch (kind) {
    case 'research-output':
      return { kind, title: '', outputType: 'paper', doi: '', reference: '', credit: 'author', creditRoles: [], date: today, description: '', ...shared };
    case 'outreach':
      return { kind, title: '', outreachType: 'school-visit', audience: '', audienceSize: undefined, date: today, description: '', ...shared };
    case 'recognition':
      return { kind, title: '', awardingBody: '', scope: 'internal', outcome: 'nominated', date: today, description: '', ...shared };
    case 'role':
      return { kind, title: '', roleType: 'committee', organisation: '', startDate: today, endDate: undefined, description: '', ...shared };
    case 'secondment':
      return { kind, title: '', secondmentType: 'secondment', host: '', startDate: today, endDate: undefined, description: '', learned: '', ...shared };
    case 'people-developed':
      return { kind, title: '', relationship: 'apprentice', support: 'mentored', topic: '', startDate: today, endDate: undefined, outcomes: '', ...shared };
  }
}

/** The editable part of a stored record. */
export function activityValues(activity: Activity): ActivityFormValues {
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = activity;
  return values;
}

/** Options for a select, from a map of ids to labels. */
export const optionsOf = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([id, label]) => ({ id, label }));
