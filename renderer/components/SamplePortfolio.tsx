import { useState } from 'react';
import { Button } from 'react-aria-components';
import { navigate } from 'wouter/use-hash-location';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/queries';
import { apiErrorLines } from '../format/api-error-text';
import { confirmLeave } from './leave-guard';
import { notify } from './notices';

/**
 * Whether the sample portfolio is open, and the two ways across: exploring it (the backend opens
 * its own folder, filled the first time) and going back to the user's portfolio. Either way the
 * dashboard opens first (after asking, when a form has unsaved changes, so nothing typed in one
 * portfolio can be saved into the other), then every screen refreshes.
 */
export function useSamplePortfolio() {
  const api = useApi();
  const state = useApiQuery('getSampleState', []);
  const [busy, setBusy] = useState(false);
  const switchTo = async (explore: boolean) => {
    if (!confirmLeave()) return;
    setBusy(true);
    try {
      navigate('/');
      // The first time, the sample is written before it opens: a few seconds.
      if (explore) notify('Opening the sample portfolio…', 'info');
      await (explore ? api.exploreSample() : api.leaveSample());
      notify(explore ? 'Opened the sample portfolio. Your own portfolio is untouched.' : 'Back to your own portfolio.', 'info');
    } catch (error) {
      notify(apiErrorLines(error).message, 'error');
    } finally {
      setBusy(false);
    }
  };
  return { exploring: state.data?.exploring === true, busy, explore: () => switchTo(true), leave: () => switchTo(false) };
}

/** Shown on every screen while the sample is open, with the way back. */
export function SampleBanner() {
  const { exploring, busy, leave } = useSamplePortfolio();
  if (!exploring) return null;
  return (
    <section className="sample-banner" aria-label="Sample portfolio">
      <p>
        <strong>You are exploring a sample portfolio; your own is untouched.</strong> Anything you change here stays in the sample.
      </p>
      <Button className="button primary" onPress={() => void leave()} isDisabled={busy}>
        {busy ? 'Going back…' : 'Back to my portfolio'}
      </Button>
    </section>
  );
}
