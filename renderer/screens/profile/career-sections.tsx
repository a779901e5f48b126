import type { TechfolioApi } from '../../../core/api/contract';
import { formatUkDate } from '../../../core/format/uk-date';
import { EmploymentInput, GOAL_STATUS_LABELS, GoalInput, QualificationInput, SupporterInput, type Employment, type Goal, type Qualification, type Supporter } from '../../../core/model/career';
import { DateFieldRow } from '../../components/DateField';
import { SelectRow } from '../../components/SelectRow';
import { EvidenceIdsField, MappingsField } from '../../components/RecordLinkFields';
import { TextAreaRow } from '../../components/TextAreaRow';
import { TextFieldRow } from '../../components/TextFieldRow';
import type { RecordListConfig } from './RecordListSection';
import type { z } from 'zod';

const strip = <T extends { id: string; createdAt: string; updatedAt: string }>(item: T) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = item;
  return rest;
};
const period = (start: string, end?: string) => `${formatUkDate(start)} to ${end ? formatUkDate(end) : 'now'}`;

export function employmentConfig(api: TechfolioApi): RecordListConfig<Employment, z.input<typeof EmploymentInput>> {
  return {
    kind: 'employment',
    heading: 'Employment history',
    noun: 'job',
    intro: 'Your roles, most recent first: registration forms ask for them.',
    schema: EmploymentInput,
    list: 'listEmployment',
    add: (v) => api.addEmployment(v),
    update: (id, v) => api.updateEmployment(id, v),
    remove: (id) => api.deleteEmployment(id),
    blank: () => ({ employer: '', role: '', department: '', startDate: '', endDate: undefined, description: '' }),
    toValues: strip,
    sort: (a, b) => b.startDate.localeCompare(a.startDate),
    describe: (e) => ({ title: `${e.role}, ${e.employer}`, detail: period(e.startDate, e.endDate) }),
    fields: (control) => (
      <>
        <div className="form-grid">
          <TextFieldRow control={control} name="role" label="Job title" isRequired autoFocus />
          <TextFieldRow control={control} name="employer" label="Employer" isRequired />
          <TextFieldRow control={control} name="department" label="Department" />
        </div>
        <div className="form-grid">
          <DateFieldRow control={control} name="startDate" label="Started" isRequired />
          <DateFieldRow control={control} name="endDate" label="Left (empty if current)" optional />
        </div>
        <TextAreaRow control={control} name="description" label="What the role involves" rows={4} />
      </>
    ),
  };
}

export function qualificationConfig(api: TechfolioApi): RecordListConfig<Qualification, z.input<typeof QualificationInput>> {
  return {
    kind: 'qualification',
    heading: 'Qualifications',
    noun: 'qualification',
    intro: 'Degrees, apprenticeships, HNCs and certificates, with their level where you know it.',
    schema: QualificationInput,
    list: 'listQualifications',
    add: (v) => api.addQualification(v),
    update: (id, v) => api.updateQualification(id, v),
    remove: (id) => api.deleteQualification(id),
    blank: () => ({ title: '', level: '', awardingBody: '', dateAwarded: undefined, evidenceIds: [], mappings: [] }),
    toValues: strip,
    sort: (a, b) => (b.dateAwarded ?? '').localeCompare(a.dateAwarded ?? ''),
    describe: (q) => ({ title: q.title, detail: [q.level, q.awardingBody, q.dateAwarded && formatUkDate(q.dateAwarded)].filter(Boolean).join(', ') }),
    fields: (control) => (
      <>
        <TextFieldRow control={control} name="title" label="Qualification" isRequired autoFocus />
        <div className="form-grid">
          <TextFieldRow control={control} name="level" label="Level" description="As stated: RQF 3, SCQF 7…" />
          <TextFieldRow control={control} name="awardingBody" label="Awarding body" />
          <DateFieldRow control={control} name="dateAwarded" label="Awarded" optional />
        </div>
        <EvidenceIdsField control={control} />
        <MappingsField control={control} />
      </>
    ),
  };
}

export function supporterConfig(api: TechfolioApi): RecordListConfig<Supporter, z.input<typeof SupporterInput>> {
  return {
    kind: 'supporter',
    heading: 'Supporters and referees',
    noun: 'person',
    intro: 'The people who will support your application or act as referees.',
    schema: SupporterInput,
    list: 'listSupporters',
    add: (v) => api.addSupporter(v),
    update: (id, v) => api.updateSupporter(id, v),
    remove: (id) => api.deleteSupporter(id),
    blank: () => ({ kind: 'supporter', name: '', role: '', organisation: '', email: '', phone: '', relationship: '' }),
    toValues: strip,
    sort: (a, b) => a.name.localeCompare(b.name, 'en-GB'),
    describe: (s) => ({ title: s.name, detail: [s.kind === 'referee' ? 'Referee' : 'Supporter', s.role, s.organisation].filter(Boolean).join(', ') }),
    fields: (control) => (
      <>
        <div className="form-grid">
          <TextFieldRow control={control} name="name" label="Name" isRequired autoFocus />
          <SelectRow
            control={control}
            name="kind"
            label="Acts as"
            options={[
              { id: 'supporter', label: 'Supporter' },
              { id: 'referee', label: 'Referee' },
            ]}
          />
        </div>
        <div className="form-grid">
          <TextFieldRow control={control} name="role" label="Their role" />
          <TextFieldRow control={control} name="organisation" label="Organisation" />
          <TextFieldRow control={control} name="email" label="Email" type="email" />
          <TextFieldRow control={control} name="phone" label="Phone" type="tel" />
        </div>
        <TextFieldRow control={control} name="relationship" label="How they know your work" />
      </>
    ),
  };
}

const GOAL_STATUS = Object.entries(GOAL_STATUS_LABELS).map(([id, label]) => ({ id, label }));

export function goalConfig(api: TechfolioApi): RecordListConfig<Goal, z.input<typeof GoalInput>> {
  return {
    kind: 'goal',
    heading: 'Development plan',
    noun: 'goal',
    intro: 'What you mean to learn next, how you will know, and by when.',
    schema: GoalInput,
    list: 'listGoals',
    add: (v) => api.addGoal(v),
    update: (id, v) => api.updateGoal(id, v),
    remove: (id) => api.deleteGoal(id),
    blank: () => ({ objective: '', measure: '', targetDate: undefined, status: 'not-started', cpdRecordIds: [] }),
    toValues: strip,
    sort: (a, b) => (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999'),
    describe: (g) => ({ title: g.objective, detail: [GOAL_STATUS.find((s) => s.id === g.status)?.label, g.targetDate && `by ${formatUkDate(g.targetDate)}`].filter(Boolean).join(', ') }),
    fields: (control) => (
      <>
        <TextFieldRow control={control} name="objective" label="Objective" isRequired autoFocus />
        <TextFieldRow control={control} name="measure" label="How you will know it is done" />
        <div className="form-grid">
          <DateFieldRow control={control} name="targetDate" label="Target date" optional />
          <SelectRow control={control} name="status" label="Status" options={GOAL_STATUS} />
        </div>
      </>
    ),
  };
}
