import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { Button, Form, Link } from 'react-aria-components';
import type { z } from 'zod';
import { Profile } from '../../../core/model/profile';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { DateFieldRow } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { NumberFieldRow } from '../../components/NumberFieldRow';
import { SelectRow } from '../../components/SelectRow';
import { TextFieldRow } from '../../components/TextFieldRow';
import { notify } from '../../components/notices';
import { cpdYearOptions } from '../../format/cpd-labels';
import { useFormDraft } from '../../components/useFormDraft';
import { useSaveError } from '../../components/useSaveError';
import { NominatedSupporterField } from './NominatedSupporterField';

type Values = z.input<typeof Profile>;
type Output = z.output<typeof Profile>;

/** Personal details, professional bodies, target registrations and CPD targets: saved together. */
export function ProfileForm({ profile }: { profile: Output }) {
  const api = useApi();
  const frameworks = useApiQuery('listFrameworks', []);
  const supporters = useApiQuery('listSupporters', []);
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(Profile), defaultValues: profile });
  const { control } = form;
  const bodies = useFieldArray({ control, name: 'professionalBodies' });
  const registrations = useFieldArray({ control, name: 'targetRegistrations' });
  const targets = useFieldArray({ control, name: 'cpdTargets' });
  const draft = useFormDraft(form, 'profile', 'me');
  const { saveError, attempt } = useSaveError();
  const frameworkOptions = (frameworks.data ?? []).filter((f) => f.kind === 'registration').map((f) => ({ id: f.id, label: `${f.shortName}: ${f.name}` }));

  const submit = form.handleSubmit((values) =>
    attempt(async () => {
      const saved = await api.saveProfile(values);
      draft.discard();
      form.reset(saved);
      notify('Saved your profile.');
    }),
  );

  return (
    <Form className="stack" onSubmit={(e) => void submit(e)} validationBehavior="aria" aria-label="Your profile">
      {draft.restoredAt && (
        <p className="draft-banner" role="status">
          Restored your unsaved changes from a draft.
        </p>
      )}
      <section className="card form" aria-labelledby="details-heading">
        <h2 id="details-heading">About you</h2>
        <div className="form-grid">
          <TextFieldRow control={control} name="name" label="Full name" description="As you want it on your application, in any script." />
          <TextFieldRow control={control} name="preferredName" label="Preferred name" />
          <TextFieldRow control={control} name="email" label="Email" type="email" />
        </div>
        <div className="form-grid">
          <TextFieldRow control={control} name="jobTitle" label="Job title" />
          <TextFieldRow control={control} name="employer" label="Employer" />
          <TextFieldRow control={control} name="department" label="Department" />
        </div>
      </section>
      <section className="card form" aria-labelledby="bodies-heading">
        <h2 id="bodies-heading">Professional bodies</h2>
        {bodies.fields.length === 0 && <p className="muted">Add the bodies you belong to, such as the IST, RSC or IET.</p>}
        {bodies.fields.map((f, i) => (
          <fieldset key={f.id} className="fieldset">
            <legend>Body {i + 1}</legend>
            <div className="form-grid">
              <TextFieldRow control={control} name={`professionalBodies.${i}.bodyId`} label="Short name" description="IST, RSC, RSB, IET…" isRequired />
              <TextFieldRow control={control} name={`professionalBodies.${i}.name`} label="Name of the body" />
              <TextFieldRow control={control} name={`professionalBodies.${i}.membershipNumber`} label="Membership number" />
              <TextFieldRow control={control} name={`professionalBodies.${i}.grade`} label="Grade" />
            </div>
            <Button className="button small quiet" onPress={() => bodies.remove(i)}>
              Remove body {i + 1}
            </Button>
          </fieldset>
        ))}
        <Button className="button" onPress={() => bodies.append({ bodyId: '', name: '', membershipNumber: '', grade: '' })}>
          Add a body
        </Button>
      </section>
      <section className="card form" aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">Registrations you are working towards</h2>
        <p className="muted">
          <Link href="/help">What is this?</Link> The Registers page explains each register and its route; the <Link href="/welcome">first-run guide</Link> helps you choose.
        </p>
        {registrations.fields.map((f, i) => (
          <fieldset key={f.id} className="fieldset">
            <legend>Registration {i + 1}</legend>
            <div className="form-grid">
              <SelectRow control={control} name={`targetRegistrations.${i}.frameworkId`} label="Registration" options={frameworkOptions} isRequired />
              <TextFieldRow control={control} name={`targetRegistrations.${i}.viaBodyId`} label="Applying through" description="The licensed body, e.g. IST" />
              <DateFieldRow control={control} name={`targetRegistrations.${i}.targetDate`} label="Aim to apply by" optional />
            </div>
            <NominatedSupporterField control={control} index={i} supporters={supporters.data} />
            <Button className="button small quiet" onPress={() => registrations.remove(i)}>
              Remove registration {i + 1}
            </Button>
          </fieldset>
        ))}
        <Button className="button" onPress={() => registrations.append({ frameworkId: frameworkOptions[0]?.id ?? '', viaBodyId: '' })}>
          Add a registration
        </Button>
      </section>
      <section className="card form" aria-labelledby="targets-form-heading">
        <h2 id="targets-form-heading">Yearly CPD targets</h2>
        <SelectRow
          control={control}
          name="cpdYear"
          label="Your CPD year runs over"
          description="Where a body counts CPD by year: the dashboard and reminders use it for the year's end."
          emptyLabel="Not set (the calendar year is used)"
          options={[...cpdYearOptions]}
        />
        {targets.fields.map((f, i) => (
          <fieldset key={f.id} className="fieldset">
            <legend>Target {i + 1}</legend>
            <div className="form-grid">
              <TextFieldRow control={control} name={`cpdTargets.${i}.bodyId`} label="Body (short name)" isRequired />
              <NumberFieldRow control={control} name={`cpdTargets.${i}.amount`} label="Amount a year" isRequired />
              <SelectRow
                control={control}
                name={`cpdTargets.${i}.unit`}
                label="Counted in"
                options={[
                  { id: 'hours', label: 'Hours' },
                  { id: 'points', label: 'Points' },
                ]}
              />
            </div>
            <Button className="button small quiet" onPress={() => targets.remove(i)}>
              Remove target {i + 1}
            </Button>
          </fieldset>
        ))}
        <Button className="button" onPress={() => targets.append({ bodyId: form.getValues('professionalBodies')?.[0]?.bodyId ?? '', amount: 30, unit: 'hours' })}>
          Add a target
        </Button>
      </section>
      <FormActions error={saveError} submitLabel="Save profile" isSubmitting={form.formState.isSubmitting} className="form-actions sticky-actions">
        {form.formState.isDirty && <span className="muted">You have unsaved changes.</span>}
      </FormActions>
    </Form>
  );
}
