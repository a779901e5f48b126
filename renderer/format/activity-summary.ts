import { ACTIVITY_KIND_LABELS, OPTION_LABELS } from '../../core/commitment/activity-labels';
import { creditRoleLabel } from '../../core/commitment/credit-roles';
import { formatUkDate } from '../../core/format/uk-date';
import type { Activity } from '../../core/model/commitment';

/** The record's date, or its period with "present" while it runs. */
export function activityWhen(a: Activity): string {
  if ('date' in a) return formatUkDate(a.date);
  return `${formatUkDate(a.startDate)} – ${a.endDate ? formatUkDate(a.endDate) : 'present'}`;
}

/** One line of what matters about a record, for lists. */
export function activityDetail(a: Activity): string {
  switch (a.kind) {
    case 'research-output':
      return [OPTION_LABELS.outputType[a.outputType], OPTION_LABELS.credit[a.credit], a.creditRoles.map(creditRoleLabel).join(', '), a.doi ? `DOI ${a.doi}` : a.reference].filter(Boolean).join(' · ');
    case 'outreach':
      return [OPTION_LABELS.outreachType[a.outreachType], a.audience, a.audienceSize !== undefined ? `about ${a.audienceSize} people` : ''].filter(Boolean).join(' · ');
    case 'recognition':
      return [OPTION_LABELS.outcome[a.outcome], OPTION_LABELS.scope[a.scope], a.awardingBody].filter(Boolean).join(' · ');
    case 'role':
      return [OPTION_LABELS.roleType[a.roleType], a.organisation].filter(Boolean).join(' · ');
    case 'secondment':
      return [OPTION_LABELS.secondmentType[a.secondmentType], a.host].filter(Boolean).join(' · ');
    case 'people-developed':
      return [OPTION_LABELS.relationship[a.relationship], OPTION_LABELS.support[a.support], a.topic].filter(Boolean).join(' · ');
  }
}

export const kindLabel = (a: Activity): string => ACTIVITY_KIND_LABELS[a.kind].one;
