import { ACTIVITY_KIND_LABELS, OPTION_LABELS, sortActivities } from '../commitment/activity-labels';
import { creditRoleLabel } from '../commitment/credit-roles';
import { filterActivities } from '../commitment/search';
import { formatUkDate } from '../format/uk-date';
import { ACTIVITY_KINDS, type Activity, type ActivityKind, type ActivityOf } from '../model/commitment';
import type { Flow, TableColumn } from './flow';
import { ukDateRange } from './pack-labels';
import { TYPE } from './page-geometry';

/** A period's dates, with "present" for a role or mentoring that has not ended. */
const period = (start: string, end: string | undefined) => (end ? ukDateRange(start, end) : `${formatUkDate(start)} – present`);

export type Table = { columns: TableColumn[]; row: (a: Activity) => string[] };

const of = <K extends ActivityKind>(kind: K, columns: TableColumn[], row: (a: ActivityOf<K>) => string[]): Table => ({
  columns,
  row: (a) => (a.kind === kind ? row(a as ActivityOf<K>) : []),
});

/** The columns each kind prints, and how a record fills them. */
export const TABLES: Readonly<Record<ActivityKind, Table>> = {
  'research-output': of(
    'research-output',
    [
      { header: 'Date', share: 0.12 },
      { header: 'Output', share: 0.36 },
      { header: 'DOI or reference', share: 0.24 },
      { header: 'My credit and role', share: 0.28 },
    ],
    (a) => [
      formatUkDate(a.date),
      `${a.title} (${OPTION_LABELS.outputType[a.outputType]})`,
      a.doi || a.reference || '—',
      [OPTION_LABELS.credit[a.credit], a.creditRoles.map(creditRoleLabel).join(', ')].filter(Boolean).join(': '),
    ],
  ),
  outreach: of(
    'outreach',
    [
      { header: 'Date', share: 0.12 },
      { header: 'Event', share: 0.4 },
      { header: 'Type', share: 0.16 },
      { header: 'Audience', share: 0.32 },
    ],
    (a) => [formatUkDate(a.date), a.title, OPTION_LABELS.outreachType[a.outreachType], [a.audience, a.audienceSize !== undefined ? `about ${a.audienceSize} people` : ''].filter(Boolean).join(', ') || '—'],
  ),
  recognition: of(
    'recognition',
    [
      { header: 'Date', share: 0.12 },
      { header: 'Award', share: 0.38 },
      { header: 'Awarded by', share: 0.26 },
      { header: 'Scope', share: 0.1 },
      { header: 'Outcome', share: 0.14 },
    ],
    (a) => [formatUkDate(a.date), a.title, a.awardingBody || '—', OPTION_LABELS.scope[a.scope], OPTION_LABELS.outcome[a.outcome]],
  ),
  role: of(
    'role',
    [
      { header: 'Dates', share: 0.22 },
      { header: 'Role', share: 0.36 },
      { header: 'Type', share: 0.16 },
      { header: 'Organisation', share: 0.26 },
    ],
    (a) => [period(a.startDate, a.endDate), a.title, OPTION_LABELS.roleType[a.roleType], a.organisation || '—'],
  ),
  secondment: of(
    'secondment',
    [
      { header: 'Dates', share: 0.2 },
      { header: 'Secondment or programme', share: 0.3 },
      { header: 'Where', share: 0.18 },
      { header: 'What I learned', share: 0.32 },
    ],
    (a) => [period(a.startDate, a.endDate), `${a.title} (${OPTION_LABELS.secondmentType[a.secondmentType]})`, a.host || '—', a.learned || a.description || '—'],
  ),
  'people-developed': of(
    'people-developed',
    [
      { header: 'Dates', share: 0.2 },
      { header: 'Who', share: 0.22 },
      { header: 'How and what', share: 0.24 },
      { header: 'What they can now do', share: 0.34 },
    ],
    (a) => [period(a.startDate, a.endDate), `${a.title} (${OPTION_LABELS.relationship[a.relationship]})`, [OPTION_LABELS.support[a.support], a.topic].filter(Boolean).join(': '), a.outcomes || '—'],
  ),
};

/** One kind's records as a table under its heading; nothing is drawn for a kind with no records. */
export function drawActivityKind(flow: Flow, kind: ActivityKind, activities: readonly Activity[], headingSize: number = TYPE.heading): void {
  const records = sortActivities(activities.filter((a) => a.kind === kind));
  if (records.length === 0) return;
  flow.heading(ACTIVITY_KIND_LABELS[kind].many, headingSize);
  const table = TABLES[kind];
  flow.table(table.columns, records.map(table.row));
}

/**
 * The pack's Technician Commitment sections: one per kind that has records, in a fixed order,
 * each with its title for the contents and bookmarks. Kinds with no records are left out.
 */
export function commitmentSections(activities: readonly Activity[]): { kind: ActivityKind; title: string; draw: (flow: Flow) => void }[] {
  return ACTIVITY_KINDS.filter((kind) => activities.some((a) => a.kind === kind)).map((kind) => ({
    kind,
    title: ACTIVITY_KIND_LABELS[kind].many,
    draw: (flow: Flow) => drawActivityKind(flow, kind, activities),
  }));
}

/** Records whose date (or, for a period, any part of it) falls in the summary's range. */
export function activitiesInPeriod(activities: readonly Activity[], from: string, to: string): Activity[] {
  return filterActivities(activities, { from, to });
}

/** The CPD summary's part: every kind with records in the period, under subheadings, on the same pages. */
export function drawCommitmentSummary(flow: Flow, activities: readonly Activity[], from: string, to: string): void {
  const inPeriod = activitiesInPeriod(activities, from, to);
  if (inPeriod.length === 0) return;
  flow.gap(4);
  flow.heading('Recognition and impact');
  for (const kind of ACTIVITY_KINDS) drawActivityKind(flow, kind, inPeriod, TYPE.subheading);
}
