import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { SignoffCheck } from '../../../core/pack/signoff-check';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { describeSaveOutcome, saveMadeFile } from '../../api/save-made-file';
import { notify } from '../../components/notices';
import { OptionSelect } from '../../components/OptionSelect';
import { RouteChecklist } from '../../components/RouteChecklist';

const CHANGE: Record<SignoffCheck['changes'][number]['change'], string> = { edited: 'changed', added: 'written since', removed: 'removed since' };

function SignoffResult({ check }: { check: SignoffCheck }) {
  if (check.status === 'unknown') return <p role="status">Fingerprint {check.fingerprint} matches no brief made from this portfolio.</p>;
  if (check.status === 'unchanged') return <p role="status">Unchanged: every statement is as your supporter saw it (fingerprint {check.fingerprint}).</p>;
  return (
    <div role="status">
      <p>Changed since your supporter saw the brief (fingerprint {check.fingerprint}). Ask them to look again at:</p>
      <ul>
        {check.changes.map((c) => (
          <li key={c.code}>
            {c.code} · {c.heading}: {CHANGE[c.change]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The route checklist for the chosen registration, the supporter's brief to give them, and the
 * check of a signed brief that has come back (kept as evidence). The app writes none of the
 * supporter's words and sends nothing: the user hands the brief over themselves.
 */
export function SupporterBriefSection({ frameworkId }: { frameworkId: string }) {
  const api = useApi();
  const evidence = useApiQuery('listEvidence', []);
  const files = (evidence.data ?? []).filter((e) => e.kind === 'file');
  const [chosen, setChosen] = useState<string | null>(null);
  const brief = useMutation({
    mutationFn: async () => {
      const made = await api.makeSupporterBrief({ frameworkId });
      const outcome = await saveMadeFile(api, made);
      return { made, outcome };
    },
    onSuccess: ({ made, outcome }) => notify(describeSaveOutcome(outcome, made.fileName)),
  });
  const verify = useMutation({ mutationFn: (evidenceId: string) => api.verifySignoff(evidenceId) });
  if (!frameworkId) return null;
  return (
    <>
      <RouteChecklist frameworkId={frameworkId} />
      <section className="card" aria-labelledby="brief-heading">
        <h2 id="brief-heading">Your supporter&apos;s brief</h2>
        <p>
          A PDF for your nominated supporter: what the body asks of them, your statements area by area with the evidence each cites, and after each area a box to confirm or not and write their own paragraph. Techfolio never writes their words. Every page carries a fingerprint of the statements, so you can check a signed copy later.
        </p>
        <Button className="button" isDisabled={brief.isPending} onPress={() => brief.mutate()}>
          {brief.isPending ? 'Making the brief…' : "Make the supporter's brief"}
        </Button>
        {brief.isError && <p role="alert">Could not make the brief: {brief.error.message}</p>}
        {brief.data && (
          <p role="status">
            {brief.data.made.fileName}: {brief.data.made.pages} pages, statements fingerprint {brief.data.made.fingerprint}.
          </p>
        )}
        <h3>Check a signed brief</h3>
        <p>Add the signed PDF, or a scan or photo of a signed page, as evidence first; then choose it here.</p>
        {files.length === 0 ? (
          <p className="muted">No evidence files yet.</p>
        ) : (
          <div className="form-actions">
            <OptionSelect label="Signed brief" selectedKey={chosen} onSelectionChange={setChosen} options={files.map((f) => ({ id: f.id, label: f.title }))} />
            <Button className="button" isDisabled={!chosen || verify.isPending} onPress={() => chosen && verify.mutate(chosen)}>
              {verify.isPending ? 'Checking…' : 'Check it'}
            </Button>
          </div>
        )}
        {verify.isError && <p role="alert">{verify.error.message}</p>}
        {verify.data && <SignoffResult check={verify.data} />}
      </section>
    </>
  );
}
