import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { MAPPED_ITEM_KIND_LABELS } from '../../../core/coverage/item-kind-labels';
import { formatUkDate } from '../../../core/format/uk-date';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { notify } from '../../components/notices';
import { itemHref } from './item-href';

const SHOWN = 5;

/**
 * Records not yet mapped to the criterion that could serve as its examples, best first, each with
 * the words that matched and why. "Not an example" is remembered, so it is not offered again.
 */
export function ExamplesToUse({ frameworkId, code }: { frameworkId: string; code: string }) {
  const api = useApi();
  const examples = useApiQuery('findExamples', [frameworkId, code, { limit: SHOWN }]);
  const [busy, setBusy] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const dismiss = async (kind: Parameters<typeof itemHref>[0], id: string, title: string) => {
    setBusy(`${kind}:${id}`);
    try {
      // The write refreshes findExamples (it reads the dismissals), so the item leaves the list.
      await api.dismissSuggestion({ frameworkId, code, itemKind: kind, itemId: id });
      notify(`“${title}” will not be suggested for ${code} again.`, 'info');
      headingRef.current?.focus();
    } catch (error) {
      notify(`Could not dismiss: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="examples-heading" className="examples-to-use">
      <h2 id="examples-heading" ref={headingRef} tabIndex={-1}>
        Examples you could use
      </h2>
      {examples.status === 'pending' && <p>Looking through your records…</p>}
      {examples.status === 'error' && <p role="alert">Could not look for examples: {examples.error.message}</p>}
      {examples.status === 'success' && examples.data.length === 0 && <p className="muted">None of your other records looks like an example of {code} yet.</p>}
      {examples.status === 'success' && examples.data.length > 0 && (
        <>
          <p className="hint">Your records not yet mapped to {code}, the likeliest first. Open one to map it.</p>
          <ol className="example-list">
            {examples.data.map((e) => (
              <li key={`${e.kind}:${e.id}`} className="example">
                <p className="example-title">
                  <span className="badge">{MAPPED_ITEM_KIND_LABELS[e.kind]}</span> <Link href={itemHref(e.kind, e.id)}>{e.title}</Link>
                  {e.date && <span className="muted"> · {formatUkDate(e.date)}</span>}
                </p>
                {e.reasons.length > 0 && <p className="example-reasons">{e.reasons.join('; ')}</p>}
                <Button className="button small quiet" aria-label={`Not an example of ${code}: ${e.title}`} isDisabled={busy === `${e.kind}:${e.id}`} onPress={() => void dismiss(e.kind, e.id, e.title)}>
                  Not an example
                </Button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
