import { useEffect, useRef, useState, type RefObject } from 'react';
import { Button } from 'react-aria-components';
import type { CarryOverSummary, UpgradeCriterion, UpgradeFramework, UpgradeView } from '../../../core/upgrade/schema';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { apiErrorLines } from '../../format/api-error-text';
import '../../styles/upgrade.css';

const figure = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string) => `${figure(n)} ${n === 1 ? one : many}`;

/** The user has something of the lower register to carry: a statement or a mapped item. */
const workedOn = (view: UpgradeView) => view.areas.some((a) => a.lower.some((c) => c.statementWords > 0 || c.mappedCount > 0));

/**
 * "Upgrade from …" for each lower register the chosen framework's file declares an upgrade from,
 * shown only once the user has worked on that lower register.
 */
export function UpgradeSection({ frameworkId }: { frameworkId: string }) {
  const upgrades = useApiQuery('listUpgrades', []);
  const routes = (upgrades.data ?? []).filter((r) => r.to.id === frameworkId);
  return (
    <>
      {routes.map((r) => (
        <UpgradeFrom key={r.from.id} from={r.from} to={r.to} />
      ))}
    </>
  );
}

function UpgradeFrom({ from, to }: { from: UpgradeFramework; to: UpgradeFramework }) {
  const api = useApi();
  const view = useApiQuery('getUpgradeView', [from.id, to.id]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<CarryOverSummary | null>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const headingId = `upgrade-${from.id}-heading`;

  // A new summary takes focus, so a keyboard or screen-reader user lands on what happened.
  useEffect(() => {
    if (summary) summaryHeading.current?.focus();
  }, [summary]);

  // The section is an offer, not part of the coverage: until it is known there is something to
  // carry (or when that cannot be read), it stays out of the way.
  if (!view.data || !workedOn(view.data)) return null;
  const data = view.data;

  const run = async (dryRun: boolean) => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      setSummary(await api.carryOverUpgrade(from.id, to.id, { dryRun }));
    } catch (e) {
      setError(apiErrorLines(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card upgrade" aria-labelledby={headingId}>
      <h3 id={headingId}>Upgrade from {from.shortName}</h3>
      <p>
        Moving up from {from.name} to {to.name}: start your {to.shortName} statements and mappings from the work you have done for {from.shortName}.
      </p>
      <p className="upgrade-basis">
        <strong>This correspondence is ours, not the standard-setter’s.</strong> {data.basis}
        {data.note && ` ${data.note}`}
      </p>
      <div className="upgrade-actions">
        <Button className="button" isDisabled={busy} onPress={() => void run(true)}>
          Preview
        </Button>
        <Button className="button primary" isDisabled={busy} onPress={() => setConfirming(true)}>
          Carry over…
        </Button>
        {busy && <span className="muted">Working it out…</span>}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div role="status" className="upgrade-summary-live">
        {summary && <CarryOverResult summary={summary} headingRef={summaryHeading} />}
      </div>
      <ConfirmDialog isOpen={confirming} title={`Carry over from ${from.shortName} to ${to.shortName}?`} confirmLabel="Carry over" tone="normal" onConfirm={() => void run(false)} onCancel={() => setConfirming(false)}>
        <ul>
          <li>
            Each {from.shortName} statement is copied to the {to.shortName} criteria it corresponds to as a draft, marked as carried over, for you to rework to the higher level.
          </li>
          <li>Where you have already written your own {to.shortName} statement, it is never replaced: that criterion is left as it is.</li>
          <li>Records and evidence mapped to {from.shortName} criteria are also mapped to the {to.shortName} criteria they correspond to.</li>
          <li>Nothing of {from.shortName} changes, and carrying over again adds only what is new.</li>
        </ul>
      </ConfirmDialog>
      {data.unknownFromCodes.length > 0 && (
        <p className="muted">
          The correspondence names codes {from.shortName} does not have (it may be written for another edition): {data.unknownFromCodes.join(', ')}.
        </p>
      )}
      {data.areas.map((area) => (
        <section key={area.code} className="upgrade-area" aria-labelledby={`${headingId}-area-${area.code}`}>
          <h4 id={`${headingId}-area-${area.code}`}>
            Area {area.code}: {area.higherHeading ?? area.lowerHeading}
          </h4>
          <div className="upgrade-columns">
            <CriterionColumn title={`${from.shortName}: your progress`} framework={from} other={to} criteria={area.lower} side="lower" />
            <CriterionColumn title={to.shortName} framework={to} other={from} criteria={area.higher} side="higher" />
          </div>
        </section>
      ))}
    </section>
  );
}

function CriterionColumn({ title, framework, other, criteria, side }: { title: string; framework: UpgradeFramework; other: UpgradeFramework; criteria: UpgradeCriterion[]; side: 'lower' | 'higher' }) {
  return (
    <div className="upgrade-column">
      <h5>{title}</h5>
      {criteria.length === 0 ? (
        <p className="muted">No criteria in this area.</p>
      ) : (
        <ul aria-label={`${framework.shortName} criteria`}>
          {criteria.map((c) => (
            <li key={c.code}>
              <span className="upgrade-code">{c.code}</span> {c.heading}
              {c.wordingStatus === 'pending' && <span className="muted"> (our summary, not the official wording)</span>}
              {c.mark === 'new' && <span className="badge warn">New</span>}
              {c.mark === 'raised' && <span className="badge warn">Asks more</span>}
              <span className="upgrade-progress">
                {c.statementWords > 0 ? `Statement: ${plural(c.statementWords, 'word', 'words')}` : 'No statement'} · {plural(c.mappedCount, 'item', 'items')} mapped ·{' '}
                {side === 'lower'
                  ? c.counterparts.length > 0
                    ? `goes to ${other.shortName} ${c.counterparts.join(', ')}`
                    : `nothing in ${other.shortName} to go to`
                  : c.counterparts.length > 0
                    ? `from ${other.shortName} ${c.counterparts.join(', ')}`
                    : `nothing in ${other.shortName} comes here`}
              </span>
              {c.notes.map((n) => (
                <span key={n} className="upgrade-note">
                  {n}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CarryOverResult({ summary, headingRef }: { summary: CarryOverSummary; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { from, to, dryRun, statementsCarried, statementsKept, mappingsAdded } = summary;
  const mappings = mappingsAdded.reduce((n, m) => n + m.codes.length, 0);
  const nothingNew = statementsCarried.length === 0 && mappings === 0;
  return (
    <div className="upgrade-summary">
      <h4 ref={headingRef} tabIndex={-1}>
        {dryRun ? 'Preview: what carrying over would do' : 'What was carried over'}
      </h4>
      {nothingNew ? (
        <p>
          {dryRun ? 'Nothing new would be added' : 'Nothing new was added'}: everything from {from.shortName} that can be carried is already in {to.shortName}.
        </p>
      ) : (
        <ul>
          <li>
            {dryRun ? 'Would carry' : 'Carried'} {plural(statementsCarried.length, 'statement', 'statements')} to {to.shortName} as drafts
            {statementsCarried.length > 0 && `: ${statementsCarried.map((s) => `${s.code} (from ${s.from.join(', ')})`).join('; ')}`}.
          </li>
          <li>
            {dryRun ? 'Would add' : 'Added'} {plural(mappings, 'mapping', 'mappings')} to {plural(mappingsAdded.length, 'record or evidence item', 'records and evidence items')}.
          </li>
        </ul>
      )}
      {statementsKept.length > 0 && (
        <p>
          Left as they are, because you had already written your own {to.shortName} statement for them: {statementsKept.join(', ')}.
        </p>
      )}
      {dryRun && <p className="muted">This was a preview: nothing was saved.</p>}
    </div>
  );
}
