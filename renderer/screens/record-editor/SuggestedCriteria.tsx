import { useRef, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Button, Link } from 'react-aria-components';
import type { SuggestRequest } from '../../../core/api/methods/suggest';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { notify } from '../../components/notices';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import type { CpdFormOutput, CpdFormValues } from './cpd-form-values';
import type { CriterionRef, PendingDismissals } from './pending-dismissals';
import '../../styles/suggestions.css';

/** Long enough that suggestions do not chase every keystroke, short enough to follow a pause. */
const SETTLE_MS = 600;

const refKey = (r: CriterionRef) => `${r.frameworkId}:${r.code}`;

/**
 * Criteria the record being written most likely shows, for the target registrations and any
 * framework the portfolio maps to, each with why. Accept ticks it in the criteria above (saved with
 * the record); Dismiss stops it being suggested for this record.
 */
export function SuggestedCriteria({ form, recordId, dismissals }: { form: UseFormReturn<CpdFormValues, unknown, CpdFormOutput>; recordId: string | undefined; dismissals: PendingDismissals }) {
  const api = useApi();
  const [title, description, answers, outcomes, tags, mappings] = useWatch({ control: form.control, name: ['title', 'description', 'reflection.answers', 'outcomes', 'tags', 'mappings'] });
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const reflection = Object.values(answers ?? {}).filter((text): text is string => typeof text === 'string' && text.trim() !== '');
  const request: SuggestRequest = {
    ...(recordId !== undefined ? { recordId } : {}),
    kind: 'cpd',
    title: title ?? '',
    description: description ?? '',
    reflection,
    outcomes: outcomes ?? '',
    tags: tags ?? [],
    mappings: (mappings ?? []).map((m) => ({ frameworkId: m.frameworkId, code: m.code })),
    exclude: dismissals.pending,
  };
  const hasText = [request.title, request.description, request.outcomes, ...reflection].some((t) => (t ?? '').trim() !== '');
  // Compared as text, so a re-render with the same words is not a new request.
  const settled = useDebouncedValue(JSON.stringify(request), SETTLE_MS);
  const query = useApiQuery('suggestCriteria', [JSON.parse(settled) as SuggestRequest], { enabled: hasText, placeholderData: (previous) => previous });

  const mapped = new Set((mappings ?? []).map(refKey));
  const groups = (query.data ?? []).map((g) => ({ ...g, suggestions: g.suggestions.filter((s) => !mapped.has(refKey(s)) && !hidden.has(refKey(s))) }));
  const shown = groups.flatMap((g) => g.suggestions.map((s) => `${s.code} (${g.shortName})`));

  const afterChoice = (ref: CriterionRef) => {
    setHidden((set) => new Set([...set, refKey(ref)]));
    // The pressed button goes with its suggestion: keep focus in the panel.
    headingRef.current?.focus();
  };
  const accept = (ref: CriterionRef, shortName: string) => {
    const current = form.getValues('mappings') ?? [];
    if (!current.some((m) => refKey(m) === refKey(ref))) form.setValue('mappings', [...current, { ...ref, note: '' }], { shouldDirty: true });
    afterChoice(ref);
    notify(`Mapped to ${ref.code} (${shortName}). Save the record to keep it.`, 'info');
  };
  const dismiss = async (ref: CriterionRef) => {
    if (recordId === undefined) {
      dismissals.add(ref);
      afterChoice(ref);
      return;
    }
    setBusy(refKey(ref));
    try {
      await api.dismissSuggestion({ ...ref, itemKind: 'cpd', itemId: recordId });
      afterChoice(ref);
    } catch (error) {
      notify(`Could not dismiss ${ref.code}: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="suggested-criteria" aria-labelledby="suggested-heading">
      <h3 id="suggested-heading" ref={headingRef} tabIndex={-1}>
        Suggested criteria
      </h3>
      <p className="hint">From what you have written so far. Accept ticks a criterion above; Dismiss stops it being suggested for this record.</p>
      {!hasText && <p className="muted">Write a title or a description and criteria it may show appear here.</p>}
      {hasText && query.status === 'pending' && <p className="muted">Looking for criteria…</p>}
      {query.status === 'error' && <p role="alert">Could not suggest criteria: {query.error.message}</p>}
      {hasText && query.status === 'success' && query.data.length === 0 && (
        <p className="muted">
          Add a target registration on your <Link href="/profile">profile</Link> to get suggestions for its criteria.
        </p>
      )}
      {hasText &&
        groups.map((g) => (
          <div key={g.frameworkId} className="suggestion-group">
            <h4>{g.shortName}</h4>
            {g.suggestions.length === 0 ? (
              <p className="muted">No more suggestions for {g.shortName}.</p>
            ) : (
              <ul className="suggestion-list">
                {g.suggestions.map((s) => {
                  const ref = { frameworkId: g.frameworkId, code: s.code };
                  return (
                    <li key={s.code} className="suggestion">
                      <p className="suggestion-title">
                        <strong>{s.code}</strong> {s.heading}
                      </p>
                      <p className="suggestion-reasons">{s.reasons.length > 0 ? s.reasons.join('; ') : 'close to what this criterion asks'}</p>
                      <div className="suggestion-actions">
                        <Button className="button small" aria-label={`Accept ${s.code} for ${g.shortName}`} onPress={() => accept(ref, g.shortName)}>
                          Accept {s.code}
                        </Button>
                        <Button className="button small quiet" aria-label={`Dismiss ${s.code} for ${g.shortName}`} isDisabled={busy === refKey(ref)} onPress={() => void dismiss(ref)}>
                          Dismiss {s.code}
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ))}
      <p className="visually-hidden" role="status">
        {hasText && query.status === 'success' ? (shown.length > 0 ? `Suggested criteria: ${shown.join(', ')}.` : 'No criteria suggested.') : ''}
      </p>
    </section>
  );
}
