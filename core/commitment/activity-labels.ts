import type { Activity, ActivityKind } from '../model/commitment';

/** Names of each kind as the log, the forms and the pack show them. */
export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, { one: string; many: string }>> = {
  'research-output': { one: 'Research output', many: 'Contributions to research outputs' },
  outreach: { one: 'Outreach', many: 'Outreach and public engagement' },
  recognition: { one: 'Recognition', many: 'Awards and recognition' },
  role: { one: 'Role', many: 'Committees, networks and roles' },
  secondment: { one: 'Secondment or programme', many: 'Secondments and development programmes' },
  'people-developed': { one: 'People developed', many: 'People trained and mentored' },
};

export const OPTION_LABELS = {
  outputType: { paper: 'Paper', dataset: 'Dataset', report: 'Report', patent: 'Patent', grant: 'Grant' },
  credit: { author: 'Author', acknowledged: 'Acknowledged', 'named-on-proposal': 'Named on the proposal' },
  outreachType: { 'school-visit': 'School visit', 'open-day': 'Open day', 'public-talk': 'Public talk', festival: 'Festival or fair', other: 'Other' },
  scope: { internal: 'Internal', external: 'External' },
  outcome: { nominated: 'Nominated', shortlisted: 'Shortlisted', commended: 'Highly commended', won: 'Won', 'not-awarded': 'Not awarded' },
  roleType: { committee: 'Committee', 'steering-group': 'Steering group', network: 'Network', 'local-contact': 'Local contact', champion: 'Champion', other: 'Other' },
  secondmentType: { secondment: 'Secondment', 'development-programme': 'Development programme', 'management-programme': 'Management programme' },
  relationship: { apprentice: 'Apprentice', student: 'Student', colleague: 'Colleague', other: 'Other' },
  support: { trained: 'Trained', mentored: 'Mentored', supervised: 'Supervised' },
} as const;

/** The day a record is filed under: its date, or the start of a role, secondment or mentoring. */
export function activityDate(a: Activity): string {
  return 'date' in a ? a.date : a.startDate;
}

/** The end of a record that runs over a period, if it has ended. */
export function activityEnd(a: Activity): string | undefined {
  return 'endDate' in a ? a.endDate : undefined;
}

/** Newest first, then by title: the order of every list of these records. */
export function sortActivities<A extends Activity>(activities: readonly A[]): A[] {
  return [...activities].sort((a, b) => activityDate(b).localeCompare(activityDate(a)) || a.title.localeCompare(b.title));
}

/** The one-word-ish name of each kind, for badges beside CPD, Training, Evidence… in coverage lists. */
export const ACTIVITY_KIND_SHORT: Readonly<Record<ActivityKind, string>> = {
  'research-output': ACTIVITY_KIND_LABELS['research-output'].one,
  outreach: ACTIVITY_KIND_LABELS.outreach.one,
  recognition: ACTIVITY_KIND_LABELS.recognition.one,
  role: ACTIVITY_KIND_LABELS.role.one,
  secondment: 'Secondment',
  'people-developed': ACTIVITY_KIND_LABELS['people-developed'].one,
};
