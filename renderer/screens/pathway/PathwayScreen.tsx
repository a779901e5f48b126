import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, Disclosure, DisclosurePanel, Heading, Link, Modal, ModalOverlay } from 'react-aria-components';
import { formatUkDate } from '../../../core/format/uk-date';
import { RATING_LABELS, type RatingLevel } from '../../../core/model/competence-rating';
import type { CompetenceProgress, PathwayView } from '../../../core/pathway/pathway-view';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { saveMadeFile } from '../../api/save-made-file';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { notify } from '../../components/notices';
import { FilterSelect } from '../../components/FilterSelect';
import { OptionSelect } from '../../components/OptionSelect';
import { RatingForm } from './RatingForm';
import '../../styles/commitment.css';
import { TableHead } from '../../components/TableHead';

const ratingText = (rating: RatingLevel | null) => (rating ? RATING_LABELS[rating] : 'Not rated');

function Levels({ view }: { view: PathwayView }) {
  return (
    <ol className="pathway-levels" aria-label="Levels">
      {view.levels.map((level) => {
        const isCurrent = level.id === view.currentLevelId;
        const isTarget = level.id === view.targetLevelId;
        return (
          <li key={level.id} className="pathway-level" data-current={isCurrent}>
            <span>
              <strong>{level.name}</strong>
              {isCurrent && <> <span className="badge ok">Your current level</span></>}
              {isTarget && <> <span className="badge neutral">Target</span></>}
              {level.description && <span className="muted small cell-note">{level.description}</span>}
            </span>
            <span className="nowrap">
              {level.met ? 'Met' : 'Not met'}: {level.metCount} of {level.expectationCount}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function Gaps({ view }: { view: PathwayView }) {
  const target = view.levels.find((l) => l.id === view.targetLevelId);
  if (!target) return <p>You meet every level of this pathway.</p>;
  if (view.gaps.length === 0) return <p>You meet every expectation of {target.name}.</p>;
  return (
    <ul className="pathway-gaps">
      {view.gaps.map((gap) => (
        <li key={gap.code} className="pathway-gap">
          <h3>
            {gap.code} {gap.heading}
          </h3>
          <p>
            Now: <strong>{ratingText(gap.current)}</strong>. Needed for {target.name}: <strong>{RATING_LABELS[gap.expected]}</strong>.
          </p>
          {gap.suggestedCpd && <p>Suggested CPD: {gap.suggestedCpd}</p>}
          {gap.cpdCategories.length > 0 && <p className="muted small">CPD that would show it: {gap.cpdCategories.map((c) => c.label).join(', ')}</p>}
          {gap.guidance && <p className="muted small">{gap.guidance}</p>}
          <Link href="/cpd/new" className="button small">
            Log CPD for {gap.code}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function History({ competence }: { competence: CompetenceProgress }) {
  if (competence.history.length === 0) return <span className="muted">No ratings yet</span>;
  return (
    <Disclosure className="disclosure">
      <Heading level={3} className="small">
        <Button slot="trigger" className="button small quiet">
          History ({competence.history.length})
        </Button>
      </Heading>
      <DisclosurePanel>
        <ol className="rating-history">
          {competence.history.map((r) => (
            <li key={r.id}>
              {formatUkDate(r.date)}: {RATING_LABELS[r.rating]}
              {r.note && <span className="muted"> · {r.note}</span>}
              {r.evidenceIds.length > 0 && <span className="muted"> · {r.evidenceIds.length} evidence</span>}
            </li>
          ))}
        </ol>
      </DisclosurePanel>
    </Disclosure>
  );
}

/**
 * A career pathway: rate yourself against each competence, see your current level and what is
 * still to show for the next, with suggested CPD, and print it on one page for an appraisal.
 */
export function PathwayScreen() {
  const api = useApi();
  const pathways = useApiQuery('listPathways', []);
  const [chosen, setChosen] = useState('');
  const frameworkId = chosen || pathways.data?.[0]?.id || '';
  const [target, setTarget] = useState('');
  const view = useApiQuery('getPathway', [frameworkId, target || undefined], { enabled: frameworkId !== '' });
  const [rating, setRating] = useState<CompetenceProgress | null>(null);
  const print = useMutation({
    mutationFn: async () => {
      const made = await api.makePathwaySummary(frameworkId, target ? { targetLevelId: target } : {});
      return saveMadeFile(api, made);
    },
    onSuccess: () => notify('Your development summary is ready.'),
    onError: (error) => notify(`The summary was not made: ${error.message}`, 'error'),
  });
  const data = view.data;

  return (
    <div className="screen">
      <PageHeader
        title="Career pathway"
        description="Rate yourself against your pathway's competences, see the level you have reached and what to show next."
        actions={
          data && (
            <Button className="button primary" onPress={() => print.mutate()} isDisabled={print.isPending}>
              {print.isPending ? 'Making the summary…' : 'Print summary'}
            </Button>
          )
        }
      />
      <DataState
        query={pathways}
        what="career pathways"
        isEmpty={(pathways.data ?? []).length === 0}
        empty={
          <>
            <h2>No career pathway yet</h2>
            <p>A career pathway is a framework file with levels. Import your institution&apos;s from the Frameworks screen.</p>
            <Link href="/frameworks" className="button primary">
              Go to Frameworks
            </Link>
          </>
        }
      >
        <div className="filters card form-grid">
          <OptionSelect
            label="Pathway"
            selectedKey={frameworkId || null}
            onSelectionChange={(id) => {
              if (id === null) return;
              setChosen(id);
              setTarget('');
            }}
            options={(pathways.data ?? []).map((p) => ({ id: p.id, label: p.name }))}
          />
          <FilterSelect label="Target level" value={target} onChange={setTarget} options={(data?.levels ?? []).map((l) => ({ id: l.id, label: l.name }))} anyLabel="The next level up" />
        </div>
        <DataState query={view} what="your pathway">
          {data && (
            <>
              <section className="card" aria-labelledby="levels-heading">
                <h2 id="levels-heading">Where you are</h2>
                <p className="text-large">
                  Current level: <strong>{data.levels.find((l) => l.id === data.currentLevelId)?.name ?? 'none met yet'}</strong>
                </p>
                <Levels view={data} />
              </section>
              <section className="card" aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">Still to show{data.targetLevelId ? ` for ${data.levels.find((l) => l.id === data.targetLevelId)?.name ?? ''}` : ''}</h2>
                <Gaps view={data} />
              </section>
              <section className="card table-card" aria-labelledby="ratings-heading">
                <h2 id="ratings-heading">Your ratings</h2>
                <table className="table">
                  <TableHead columns={['Competence', 'Now', 'Rated on', 'History', { label: 'Actions', hidden: true }]} />
                  <tbody>
                    {data.competences.map((c) => (
                      <tr key={c.code}>
                        <th scope="row">
                          {c.code} {c.heading}
                          <span className="muted small cell-note">{c.areaHeading}</span>
                        </th>
                        <td>{ratingText(c.current)}</td>
                        <td>{c.ratedOn ? formatUkDate(c.ratedOn) : <span className="muted">Never</span>}</td>
                        <td>
                          <History competence={c} />
                        </td>
                        <td>
                          <Button className="button small" onPress={() => setRating(c)} aria-label={`Rate ${c.code} ${c.heading}`}>
                            Rate
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </>
          )}
        </DataState>
      </DataState>
      <ModalOverlay className="modal-overlay" isOpen={rating !== null} onOpenChange={(open) => !open && setRating(null)}>
        <Modal className="modal wide">
          <Dialog className="dialog">
            <Heading slot="title">Rate a competence</Heading>
            {rating && <RatingForm frameworkId={frameworkId} code={rating.code} heading={rating.heading} current={rating.current} onDone={() => setRating(null)} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </div>
  );
}
