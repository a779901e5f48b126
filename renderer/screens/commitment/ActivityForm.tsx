import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Control } from 'react-hook-form';
import { ACTIVITY_KIND_LABELS, OPTION_LABELS } from '../../../core/commitment/activity-labels';
import { ActivityInput, type Activity, type ActivityKind } from '../../../core/model/commitment';
import { useApi } from '../../api/api-context';
import { DateFieldRow } from '../../components/DateField';
import { DraftedForm } from '../../components/DraftedForm';
import { NumberFieldRow } from '../../components/NumberFieldRow';
import { SelectRow } from '../../components/SelectRow';
import { TextAreaRow } from '../../components/TextAreaRow';
import { TextFieldRow } from '../../components/TextFieldRow';
import { useFormDraft } from '../../components/useFormDraft';
import { EvidenceIdsField, MappingsField } from '../../components/RecordLinkFields';
import { localToday } from '../../../core/format/today';
import { CreditRolesField } from './CreditRolesField';
import { activityValues, blankActivity, optionsOf, type ActivityFormOutput, type ActivityFormValues } from './activity-form-values';

type FieldsProps = { control: Control<ActivityFormValues> };

/** The fields only one kind has, in the order a technician thinks of them. */
const KIND_FIELDS: Record<ActivityKind, (props: FieldsProps) => React.ReactElement> = {
  'research-output': ({ control }) => (
    <>
      <TextFieldRow control={control} name="title" label="Title of the output" isRequired autoFocus />
      <div className="form-grid">
        <SelectRow control={control} name="outputType" label="Kind of output" options={optionsOf(OPTION_LABELS.outputType)} isRequired />
        <DateFieldRow control={control} name="date" label="Date (published, submitted or awarded)" isRequired />
      </div>
      <div className="form-grid">
        <TextFieldRow control={control} name="doi" label="DOI" description="Such as 10.1234/abcd.5678. Kept as you type it; never looked up." />
        <TextFieldRow control={control} name="reference" label="Reference" description="A citation or internal reference, if there is no DOI." />
      </div>
      <SelectRow control={control} name="credit" label="How you are credited" options={optionsOf(OPTION_LABELS.credit)} isRequired />
      <CreditRolesField control={control} />
      <TextAreaRow control={control} name="description" label="What you contributed" rows={3} />
    </>
  ),
  outreach: ({ control }) => (
    <>
      <TextFieldRow control={control} name="title" label="Event" isRequired autoFocus />
      <div className="form-grid">
        <SelectRow control={control} name="outreachType" label="Kind of event" options={optionsOf(OPTION_LABELS.outreachType)} isRequired />
        <DateFieldRow control={control} name="date" label="Date" isRequired />
      </div>
      <div className="form-grid">
        <TextFieldRow control={control} name="audience" label="Audience" description="Who came: Year 9 pupils, families, the public…" />
        <NumberFieldRow control={control} name="audienceSize" label="Audience size (about)" maxFractionDigits={0} />
      </div>
      <TextAreaRow control={control} name="description" label="What you did" rows={3} />
    </>
  ),
  recognition: ({ control }) => (
    <>
      <TextFieldRow control={control} name="title" label="Award or nomination" isRequired autoFocus />
      <div className="form-grid">
        <TextFieldRow control={control} name="awardingBody" label="Awarded by" />
        <DateFieldRow control={control} name="date" label="Date" isRequired />
      </div>
      <div className="form-grid">
        <SelectRow control={control} name="scope" label="Internal or external" options={optionsOf(OPTION_LABELS.scope)} isRequired />
        <SelectRow control={control} name="outcome" label="Outcome" options={optionsOf(OPTION_LABELS.outcome)} isRequired />
      </div>
      <TextAreaRow control={control} name="description" label="What it recognised" rows={3} />
    </>
  ),
  role: ({ control }) => (
    <>
      <TextFieldRow control={control} name="title" label="Role" isRequired autoFocus />
      <div className="form-grid">
        <SelectRow control={control} name="roleType" label="Kind of role" options={optionsOf(OPTION_LABELS.roleType)} isRequired />
        <TextFieldRow control={control} name="organisation" label="Organisation" />
      </div>
      <div className="form-grid">
        <DateFieldRow control={control} name="startDate" label="Started" isRequired />
        <DateFieldRow control={control} name="endDate" label="Ended" optional description="Leave empty while you hold the role." />
      </div>
      <TextAreaRow control={control} name="description" label="What you do in the role" rows={3} />
    </>
  ),
  secondment: ({ control }) => (
    <>
      <TextFieldRow control={control} name="title" label="Secondment or programme" isRequired autoFocus />
      <div className="form-grid">
        <SelectRow control={control} name="secondmentType" label="Kind" options={optionsOf(OPTION_LABELS.secondmentType)} isRequired />
        <TextFieldRow control={control} name="host" label="Where" description="The host team, institution or programme provider." />
      </div>
      <div className="form-grid">
        <DateFieldRow control={control} name="startDate" label="Started" isRequired />
        <DateFieldRow control={control} name="endDate" label="Ended" optional />
      </div>
      <TextAreaRow control={control} name="description" label="What you did" rows={3} />
      <TextAreaRow control={control} name="learned" label="What you learned" rows={3} />
    </>
  ),
  'people-developed': ({ control }) => (
    <>
      <TextFieldRow control={control} name="title" label="Who" isRequired autoFocus description="As you would like it printed: “Two level 3 apprentices” is enough." />
      <div className="form-grid">
        <SelectRow control={control} name="relationship" label="They are" options={optionsOf(OPTION_LABELS.relationship)} isRequired />
        <SelectRow control={control} name="support" label="You" options={optionsOf(OPTION_LABELS.support)} isRequired />
      </div>
      <TextFieldRow control={control} name="topic" label="In what" />
      <div className="form-grid">
        <DateFieldRow control={control} name="startDate" label="Started" isRequired />
        <DateFieldRow control={control} name="endDate" label="Ended" optional description="Leave empty if it continues." />
      </div>
      <TextAreaRow control={control} name="outcomes" label="What they can now do" rows={3} />
    </>
  ),
};

/** Add or edit one Technician Commitment record; each kind has its own fields, all carry evidence and criteria. */
export function ActivityForm({ kind, activity, onDone }: { kind: ActivityKind; activity?: Activity; onDone: () => void }) {
  const api = useApi();
  const initial = activity ? activityValues(activity) : blankActivity(kind, localToday(new Date()));
  const form = useForm<ActivityFormValues, unknown, ActivityFormOutput>({ resolver: zodResolver(ActivityInput), defaultValues: initial });
  const draft = useFormDraft(form, `activity-${kind}`, activity?.id);
  const { control } = form;
  const Fields = KIND_FIELDS[kind];
  const noun = ACTIVITY_KIND_LABELS[kind].one.toLowerCase();

  const save = async (values: ActivityFormOutput) => {
    const saved = activity ? await api.updateActivity(activity.id, values) : await api.addActivity(values);
    return activity ? `Saved “${saved.title}”.` : `Added “${saved.title}”.`;
  };

  return (
    <DraftedForm
      form={form}
      draft={draft}
      label={activity ? `Edit ${noun}` : `Add ${noun}`}
      submitLabel={activity ? 'Save' : `Add ${noun}`}
      save={save}
      initial={initial}
      onDone={onDone}
    >
      <Fields control={control} />
      <EvidenceIdsField control={control} />
      <MappingsField control={control} />
    </DraftedForm>
  );
}
