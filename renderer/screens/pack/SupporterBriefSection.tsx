import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useApi } from '../../api/api-context';
import { describeSaveOutcome, saveMadeFile } from '../../api/save-made-file';
import { notify } from '../../components/notices';
import { RouteChecklist } from '../../components/RouteChecklist';
import { SignoffCheckSection } from './SignoffCheckSection';

/**
 * The route checklist for the chosen registration, the supporter's brief to give them, and the
 * check of a signed brief that has come back (kept as evidence). The app writes none of the
 * supporter's words and sends nothing: the user hands the brief over themselves.
 */
export function SupporterBriefSection({ frameworkId }: { frameworkId: string }) {
  const api = useApi();
  const brief = useMutation({
    mutationFn: async () => {
      const made = await api.makeSupporterBrief({ frameworkId });
      const outcome = await saveMadeFile(api, made);
      return { made, outcome };
    },
    onSuccess: ({ made, outcome }) => notify(describeSaveOutcome(outcome, made.fileName)),
  });
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
        <SignoffCheckSection />
      </section>
    </>
  );
}
