import type { Activity } from '../model/commitment';
import { activityDate, activityEnd, sortActivities } from './activity-labels';

export interface ActivityFilter {
  kind?: Activity['kind'] | undefined;
  /** Words that must all appear in the title or the record's text, in any case. */
  text?: string | undefined;
  /** YYYY-MM-DD: records on or after this day, or running over it. */
  from?: string | undefined;
  to?: string | undefined;
}

/** Every word the technician wrote on a record, for searching. */
function searchableText(a: Activity): string {
  const parts: string[] = [a.title];
  for (const value of Object.values(a)) if (typeof value === 'string') parts.push(value);
  return parts.join(' ').toLocaleLowerCase('en-GB');
}

/** The records matching a filter, newest first: the CPD log's list when it shows one kind. */
export function filterActivities(activities: readonly Activity[], filter: ActivityFilter): Activity[] {
  const words = (filter.text ?? '').toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  return sortActivities(
    activities.filter((a) => {
      if (filter.kind && a.kind !== filter.kind) return false;
      const start = activityDate(a);
      const end = activityEnd(a) ?? ('date' in a ? start : '9999-12-31');
      if (filter.from && end < filter.from) return false;
      if (filter.to && start > filter.to) return false;
      if (words.length > 0) {
        const text = searchableText(a);
        if (!words.every((w) => text.includes(w))) return false;
      }
      return true;
    }),
  );
}
