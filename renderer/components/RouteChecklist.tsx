import { useMutation } from '@tanstack/react-query';
import { format } from 'date-fns';
import { Link } from 'react-aria-components';
import type { ChecklistItem, ChecklistState, SupporterStep } from '../../core/checklist/schema';
import type { FindingTarget } from '../../core/pack/pack-options';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/queries';
import { DataState } from './DataState';
import { VisuallyHidden } from './VisuallyHidden';
import { TickBox } from './TickBox';

const STATE: Record<ChecklistState, { text: string; badge: string }> = {
  done: { text: 'Done', badge: 'badge ok' },
  missing: { text: 'Missing', badge: 'badge bad' },
  check: { text: 'To check', badge: 'badge warn' },
  'not-needed': { text: 'Not needed', badge: 'badge neutral' },
};

/** The screen where an item is fixed; the supporter and qualification tabs live on the profile. */
function targetHref(target: FindingTarget): string | null {
  switch (target.screen) {
    case 'statement':
      return target.frameworkId && target.code ? `/frameworks/${encodeURIComponent(target.frameworkId)}/${encodeURIComponent(target.code)}` : '/frameworks';
    case 'evidence':
      return '/evidence';
    case 'cpd':
      return '/cpd';
    case 'training':
      return '/training';
    case 'pack':
      return '/pack';
    default:
      return '/profile';
  }
}

const FIX_TEXT: Partial<Record<FindingTarget['screen'], string>> = { pack: 'Open the pack screen', evidence: 'Open evidence' };

function StepToggle({ frameworkId, item, step }: { frameworkId: string; item: ChecklistItem; step: SupporterStep }) {
  const api = useApi();
  const save = useMutation({ mutationFn: (date: string | null) => api.setSupporterStep(frameworkId, step, date) });
  return (
    <>
      <TickBox isSelected={item.state === 'done'} isDisabled={save.isPending} onChange={(on) => save.mutate(on ? format(new Date(), 'yyyy-MM-dd') : null)}>
        {step === 'supporterAgreed' ? 'They have agreed' : 'Their statement has come back'}
      </TickBox>
      {save.isError && <span role="alert"> Could not save: {save.error.message}</span>}
    </>
  );
}

/**
 * What the registration needs besides statements, each item with its state in words (not colour
 * alone) and a link to where it is fixed. `compact` (the dashboard) leaves out what the route
 * does not need and the details of what is done.
 */
export function RouteChecklist({ frameworkId, compact = false, headingLevel = 2 }: { frameworkId: string; compact?: boolean; headingLevel?: 2 | 3 }) {
  const checklist = useApiQuery('getRouteChecklist', [frameworkId]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `checklist-${frameworkId}-heading`;
  return (
    <section className="card route-checklist" aria-labelledby={headingId}>
      <Heading id={headingId}>{checklist.data ? `${checklist.data.shortName}: besides your statements` : 'Besides your statements'}</Heading>
      <DataState query={checklist} what="the checklist">
        {checklist.data && (
          <>
            <p className="muted">
              {checklist.data.done} of {checklist.data.needed} done.
            </p>
            <ul className="list-plain checklist-items">
              {checklist.data.items
                .filter((item) => !compact || item.state !== 'not-needed')
                .map((item) => {
                  const href = targetHref(item.target);
                  const showDetail = !compact || item.state !== 'done';
                  return (
                    <li key={item.kind} className="reminder checklist-item" data-state={item.state}>
                      <span className={STATE[item.state].badge}>{STATE[item.state].text}</span>
                      <span>
                        <strong>{item.label}</strong>
                        {showDetail && <> {item.detail}</>}
                        {showDetail && item.source && (
                          <>
                            {' '}
                            <span className="muted small">Source: {item.source}</span>
                          </>
                        )}
                        {item.step && item.state !== 'not-needed' && checklist.data.isTarget ? (
                          <span className="checklist-step">
                            {' '}
                            <StepToggle frameworkId={frameworkId} item={item} step={item.step} />
                          </span>
                        ) : null}
                        {item.state === 'missing' && href && !item.step && (
                          <>
                            {' '}
                            <Link href={href} className="finding-fix">
                              {FIX_TEXT[item.target.screen] ?? 'Fix this'}
                              <VisuallyHidden>: {item.label}</VisuallyHidden>
                            </Link>
                          </>
                        )}
                      </span>
                    </li>
                  );
                })}
            </ul>
          </>
        )}
      </DataState>
    </section>
  );
}
