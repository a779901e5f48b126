import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Button, Form, Group, Input, Label, NumberField, Select, FieldError, Text } from 'react-aria-components';
import { Link } from 'wouter';
import { format, subYears } from 'date-fns';
import type { MadeFile } from '../../../core/api/methods/pack';
import { DEFAULT_PAGE_BUDGET, PackOptions, SummaryOptions, type PackFinding, type PackOptionsInput, type PreflightReport } from '../../../core/pack/pack-options';
import { draftBandText } from '../../../core/pack/draft-band';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { saveMadeFile } from '../../api/save-made-file';
import { useFrameworkList, useProfile } from '../../api/use-frameworks';
import { DataState } from '../../components/DataState';
import { notify } from '../../components/notices';
import { PageHeader } from '../../components/PageHeader';
import { ProgressBar } from '../../components/ProgressBar';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { DateField } from '../../components/DateField';
import { NumberFieldRow } from '../../components/NumberFieldRow';
import { SelectRow } from '../../components/SelectRow';
import { SelectMenu } from '../../components/SelectMenu';
import { formatBytes } from '../../../core/format/bytes';
import { isTarget, targetsFirst } from '../../format/framework-order';
import { useFocusOnResult } from '../../components/useFocusOnResult';
import { downloadText } from '../../components/download-text';
import { findingHref } from './finding-link';
import { SupporterBriefSection } from './SupporterBriefSection';
import { SubmissionSection } from './SubmissionSection';
import { usePackJob } from './use-pack-job';
import '../../styles/pack.css';

const STAGES = { preflight: 'Checking', sections: 'Laying out your statements and records', evidence: 'Adding evidence', saving: 'Saving the file' } as const;
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

function Findings({ findings }: { findings: PackFinding[] }) {
  if (findings.length === 0) return <p>Nothing to fix: the pack is ready to make.</p>;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="findings">
      {sorted.map((f, i) => {
        const href = findingHref(f.target);
        return (
          <li key={`${f.kind}-${i}`} className={`finding finding-${f.severity}`}>
            <span className="finding-severity">{f.severity === 'error' ? 'Must fix' : 'Worth a look'}</span> {f.message}{' '}
            {href && (
              <Link href={href} className="finding-fix">
                Fix this<VisuallyHidden>: {f.message}</VisuallyHidden>
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** While must-fix findings remain, the pack is made as a draft, marked on every page. */
function MustFixNote({ findings }: { findings: PackFinding[] }) {
  const mustFix = findings.filter((f) => f.severity === 'error').length;
  if (mustFix === 0) return null;
  return (
    <p className="draft-banner">
      Until these are fixed, every page of the pack carries the band “{draftBandText(mustFix)}”, so it cannot be mistaken for the application you send.
    </p>
  );
}

function MadeFileNote({ made, dataDir, what }: { made: MadeFile; dataDir: string | undefined; what: string }) {
  const api = useApi();
  const [saving, setSaving] = useState(false);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const save = async () => {
    setSaving(true);
    try {
      const outcome = await saveMadeFile(api, made);
      if (outcome.status === 'saved') {
        setSavedTo(outcome.path);
        notify(`Saved ${what} to ${outcome.path}.`);
      } else if (outcome.status === 'download') {
        setSavedTo('your downloads');
        notify(`${made.fileName} is downloading.`);
      }
    } catch (error) {
      notify(`Could not save ${what}: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="card made-file" role="status">
      <p>
        <strong>{made.fileName}</strong> is ready: {made.pages} {made.pages === 1 ? 'page' : 'pages'}, {formatBytes(made.bytes)}.
      </p>
      {savedTo ? (
        <p>Saved to {savedTo}.</p>
      ) : (
        <p>Until you save it, it waits in the exports folder of your portfolio{dataDir ? ` (${dataDir}/exports)` : ''}.</p>
      )}
      <Button className="button primary no-print" onPress={() => void save()} isDisabled={saving}>
        {saving ? 'Saving…' : `Save ${what}…`}
      </Button>
    </div>
  );
}

/** Checks, makes and saves the application pack, and the plain-text and CPD summaries. */
export function PackScreen() {
  const api = useApi();
  const frameworks = useFrameworkList();
  const profile = useProfile();
  const info = useApiQuery('getInfo', []);
  const registrations = useMemo(() => targetsFirst((frameworks.data ?? []).filter((f) => f.kind === 'registration'), profile.data), [frameworks.data, profile.data]);
  const [today] = useState(() => new Date());
  // The target register, if one is set; otherwise the user picks (the alphabetically first is nobody's choice).
  const firstId = isTarget(registrations[0]?.id ?? '', profile.data) ? (registrations[0]?.id ?? '') : '';
  // Filled in once the frameworks arrive; what the user already changed is kept.
  const values = useMemo(() => ({ frameworkId: firstId, from: iso(subYears(today, 3)), to: iso(today), maxMb: 20, imageDpi: 200, pageBudget: DEFAULT_PAGE_BUDGET, paper: 'a4' as const }), [firstId, today]);
  const form = useForm<PackOptionsInput, unknown, PackOptions>({
    resolver: zodResolver(PackOptions),
    values,
    resetOptions: { keepDirtyValues: true },
  });
  const [report, setReport] = useState<PreflightReport | null>(null);
  const preflight = useMutation({ mutationFn: (options: PackOptions) => api.preflightPack(options), onSuccess: setReport });
  const packJob = usePackJob();
  const statements = useMutation({
    mutationFn: (frameworkId: string) => api.exportStatementsText(frameworkId),
    onSuccess: (result) => notify(`Saved ${result.fileName}.`),
  });
  const [summaryRange, setSummaryRange] = useState({ from: iso(subYears(today, 1)), to: iso(today) });
  const summaryCheck = SummaryOptions.safeParse(summaryRange);
  const summary = useMutation({ mutationFn: () => api.makeCpdSummary(summaryRange) });
  const job = packJob.job;
  const running = job?.status === 'running';
  // After checking, and once the pack is made (or fails), focus moves to what came of it.
  const reportHeading = useFocusOnResult<HTMLHeadingElement>(report);
  const makingHeading = useFocusOnResult<HTMLHeadingElement>(job && job.status !== 'running' ? `${job.jobId}-${job.status}` : packJob.startError);

  return (
    <div className="screen pack-screen">
      <PageHeader title="Application pack" description="One PDF with your statements, records and evidence, checked before it is made." />
      <DataState query={frameworks} what="frameworks" isEmpty={registrations.length === 0} empty={<p>No registration frameworks are installed.</p>}>
        <section className="card pack-options no-print" aria-labelledby="options-heading">
          <h2 id="options-heading">What to make</h2>
          <Form
            className="form"
            validationBehavior="aria"
            onSubmit={(e) => void form.handleSubmit((options) => preflight.mutate(options))(e)}
          >
            <Controller
              control={form.control}
              name="frameworkId"
              render={({ field, fieldState }) => (
                <Select
                  className="field"
                  placeholder="Choose a register"
                  selectedKey={field.value || null}
                  onSelectionChange={(key) => field.onChange(String(key))}
                  isInvalid={fieldState.invalid}
                >
                  <Label className="field-label">Registration</Label>
                  <Text slot="description" className="field-description">
                    The register you are applying for. <Link href="/help">What is this?</Link>
                  </Text>
                  <SelectMenu options={registrations.map((f) => ({ id: f.id, label: `${f.shortName}: ${f.name}`, textValue: f.shortName }))}>
                    <FieldError className="field-error">{fieldState.error?.message}</FieldError>
                  </SelectMenu>
                </Select>
              )}
            />
            <div className="field-pair">
              <Controller
                control={form.control}
                name="from"
                render={({ field, fieldState }) => <DateField label="CPD from" value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldState.error?.message} />}
              />
              <Controller
                control={form.control}
                name="to"
                render={({ field, fieldState }) => <DateField label="CPD to" value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldState.error?.message} />}
              />
            </div>
            <Controller
              control={form.control}
              name="maxMb"
              render={({ field, fieldState }) => (
                <NumberField className="field" value={field.value ?? 20} onChange={field.onChange} minValue={1} maxValue={2000} isInvalid={fieldState.invalid}>
                  <Label>Largest file size the body accepts (MB)</Label>
                  <Group className="number-group">
                    <Input />
                  </Group>
                  <FieldError className="field-error">{fieldState.error?.message}</FieldError>
                </NumberField>
              )}
            />
            <div className="field-pair">
              <NumberFieldRow control={form.control} name="pageBudget" label="Page budget" description="Warn when one item or the whole pack runs past this many pages." minValue={10} maxFractionDigits={0} />
              <SelectRow
                control={form.control}
                name="paper"
                label="Paper"
                options={[
                  { id: 'a4', label: 'A4' },
                  { id: 'letter', label: 'US Letter' },
                ]}
              />
            </div>
            <div className="form-actions">
              <Button type="submit" className="button" isDisabled={preflight.isPending}>
                {preflight.isPending ? 'Checking…' : 'Check the pack'}
              </Button>
              <Button
                className="button primary"
                isDisabled={running}
                onPress={() => void form.handleSubmit((options) => packJob.start(options))()}
              >
                Make the pack
              </Button>
            </div>
          </Form>
        </section>

        {preflight.isError && (
          <p role="alert" className="card state-error">
            Could not check the pack: {preflight.error.message}
          </p>
        )}
        {report && (
          <section className="card" aria-labelledby="preflight-heading">
            <h2 id="preflight-heading" ref={reportHeading} tabIndex={-1}>
              Before you make it
            </h2>
            <p>
              About {report.pages} pages and {formatBytes(report.size.bytes)}, against your budget of {form.getValues('pageBudget') ?? DEFAULT_PAGE_BUDGET} pages and {formatBytes(report.size.budgetBytes)}.
            </p>
            <MustFixNote findings={report.findings} />
            <Findings findings={report.findings} />
          </section>
        )}

        {(job || packJob.startError) && (
          <section className="card" aria-labelledby="making-heading">
            <h2 id="making-heading" ref={makingHeading} tabIndex={-1}>
              {job?.status === 'done' ? 'The pack is made' : 'Making the pack'}
            </h2>
            {packJob.startError && <p role="alert">Could not make the pack: {packJob.startError}</p>}
            {job && running && (
              <>
                <ProgressBar label="Making the pack" text={`${STAGES[job.progress.stage]}…`} showValue value={job.progress.done} maxValue={Math.max(job.progress.total, 1)} />
                <Button className="button" onPress={() => void packJob.cancel()}>
                  Cancel
                </Button>
              </>
            )}
            {job?.status === 'cancelled' && <p role="status">Cancelled. Nothing was saved.</p>}
            {job?.status === 'failed' && <p role="alert">The pack could not be made: {job.error}</p>}
            {job?.status === 'done' && job.result && (
              <>
                <MadeFileNote made={job.result} dataDir={info.data?.dataDir} what="the pack" />
                {job.findings.length > 0 &&
                  (report ? (
                    // Already listed under "Before you make it": say so rather than repeat the list.
                    <p>The {job.findings.length} {job.findings.length === 1 ? 'finding' : 'findings'} listed above still apply; fix them and make the pack again.</p>
                  ) : (
                    <>
                      <h3>Still worth fixing</h3>
                      <Findings findings={job.findings} />
                    </>
                  ))}
              </>
            )}
          </section>
        )}

        <SupporterBriefSection frameworkId={form.watch('frameworkId')} />
        <SubmissionSection frameworkId={form.watch('frameworkId')} />

        <section className="card summary-view" aria-labelledby="summaries-heading">
          <h2 id="summaries-heading">Summaries</h2>
          <h3>Statements as plain text</h3>
          <p className="no-print">All your statements for the chosen registration, one section per criterion, to paste into an online form.</p>
          <Button
            className="button no-print"
            isDisabled={statements.isPending}
            onPress={() =>
              statements.mutate(form.getValues('frameworkId'), {
                onSuccess: (result) => downloadText(result.text, result.fileName),
              })
            }
          >
            Export statements as plain text
          </Button>
          {statements.isError && <p role="alert">Could not export: {statements.error.message}</p>}
          {statements.data && (
            <>
              <Button className="button no-print" onPress={() => window.print()}>
                Print the statements
              </Button>
              <pre className="statements-text" aria-label="Your statements as plain text" tabIndex={0}>
                {statements.data.text}
              </pre>
            </>
          )}
          <h3>CPD summary</h3>
          <div className="field-pair no-print">
            <DateField
              label="Summary from"
              value={summaryRange.from}
              onChange={(v) => setSummaryRange((r) => ({ ...r, from: v ?? '' }))}
              error={summaryCheck.success ? undefined : summaryCheck.error.issues.find((i) => i.path[0] === 'from')?.message}
            />
            <DateField
              label="Summary to"
              value={summaryRange.to}
              onChange={(v) => setSummaryRange((r) => ({ ...r, to: v ?? '' }))}
              error={summaryCheck.success ? undefined : summaryCheck.error.issues.find((i) => i.path[0] === 'to')?.message}
            />
          </div>
          <Button className="button no-print" isDisabled={!summaryCheck.success || summary.isPending} onPress={() => summary.mutate()}>
            {summary.isPending ? 'Making the summary…' : 'Make a CPD summary PDF'}
          </Button>
          {summary.isError && <p role="alert">Could not make the summary: {summary.error.message}</p>}
          {summary.data && <MadeFileNote made={summary.data} dataDir={info.data?.dataDir} what="the summary" />}
        </section>
      </DataState>
    </div>
  );
}
