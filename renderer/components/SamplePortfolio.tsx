import { useState } from 'react';
import { Button } from 'react-aria-components';
import { navigate } from 'wouter/use-hash-location';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/queries';
import { apiErrorLines } from '../format/api-error-text';
import { notify } from './notices';

/**
 * Whether the sample portfolio is open, and the two ways across: exploring it (the backend opens
 * its own folder, filled the first time) and going back to the user's portfolio. Either way every
 * screen refreshes, and the dashboard opens on the portfolio now shown.
 */
export function useSamplePortfolio() {
  const api = useApi();
  const state = useApiQuery('getSampleState', []);
  const [busy, setBusy] = useState(false);
  const switchTo = async (explore: boolean) => {
    setBusy(true);
    try {
      await (explore ? api.exploreSample() : api.leaveSample());
      navigate('/');
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
