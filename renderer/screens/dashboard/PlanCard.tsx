import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { formatUkDateFull } from '../../../core/format/uk-date';
import { codeList } from '../../../core/plan/plan-calendar';
import { WEEKDAYS, type Weekday, type WritingPlanView } from '../../../core/plan/schema';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { downloadText } from '../../components/download-text';
import { Meter } from './Meter';

const DAY_NAMES: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

/** The sessions the user can write in: a few fields, defaulting to two half-hours a week at lunchtime. */
function PlanForm({ frameworkId, today, onDone }: { frameworkId: string; today: string; onDone: () => void }) {
  const api = useApi();
  const id = useId();
  const [sessionsPerWeek, setSessions] = useState('2');
  const [minutes, setMinutes] = useState('30');
  const [days, setDays] = useState<Weekday[]>(['tue', 'thu']);
  const [time, setTime] = useState('12:30');
  const [from, setFrom] = useState(today);
  const make = useMutation({
    mutationFn: () => api.makeWritingPlan({ frameworkId, sessionsPerWeek: Number(sessionsPerWeek), minutes: Number(minutes), days: WEEKDAYS.filter((d) => days.includes(d)), time, from }),
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    make.mutate();
  };
  return (
    <form className="plan-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>When can you write?</h3>
      <div className="form-row">
        <label htmlFor={`${id}-sessions`}>Sessions a week</label>
        <input id={`${id}-sessions`} type="number" min={1} max={14} required value={sessionsPerWeek} onChange={(e) => setSessions(e.target.value)} />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-minutes`}>Minutes each</label>
        <input id={`${id}-minutes`} type="number" min={10} max={240} step={5} required value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </div>
      <fieldset>
        <legend>Days</legend>
        {WEEKDAYS.map((d) => (
          <label key={d} className="checkbox-inline">
            <input type="checkbox" checked={days.includes(d)} onChange={(e) => setDays((now) => (e.target.checked ? [...now, d] : now.filter((x) => x !== d)))} />
            {DAY_NAMES[d]}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <label htmlFor={`${id}-time`}>Start time</label>
        <input id={`${id}-time`} type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-from`}>From (YYYY-MM-DD)</label>
        <input id={`${id}-from`} type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={make.isPending || days.length === 0}>
          {make.isPending ? 'Planning…' : 'Plan the sessions'}
        </button>
      </div>
      {days.length === 0 && <p className="muted">Choose at least one day.</p>}
      {make.isError && <p role="alert">Could not plan: {make.error.message}</p>}
    </form>
  );
}

function PlanSummary({ view, today }: { view: WritingPlanView; today: string }) {
  const api = useApi();
  const calendar = useMutation({
    mutationFn: () => api.exportWritingPlanCalendar(view.plan.settings.frameworkId),
    onSuccess: ({ text, fileName }) => downloadText(text, fileName),
  });
  const next = view.next;
  return (
    <>
      <Meter label="Statements written" value={view.done} maxValue={Math.max(1, view.planned)} valueText={`${view.done} of ${view.planned} criteria done`} />
      {next ? (
        <p>
          <strong>Next session:</strong> {next.date === today ? 'today' : formatUkDateFull(next.date)} at {next.time}, {next.minutes} minutes: {codeList(next.codes)}.
        </p>
      ) : (
        view.planned > 0 && <p>No sessions left in the plan{view.done < view.planned ? ': plan again for the criteria still to write.' : '.'}</p>
      )}
      <p className={view.fits ? 'muted' : 'warning'}>{view.message}</p>
      {view.plan.sessions.length > 0 && (
        <Button className="button" isDisabled={calendar.isPending} onPress={() => calendar.mutate()}>
          Add to my calendar (.ics)
        </Button>
      )}
      {calendar.isError && <p role="alert">Could not make the calendar file: {calendar.error.message}</p>}
    </>
  );
}

/**
 * "Plan my application": short writing sessions for the statements still to write, on the days
 * and at the time the user picks, checked against their target date; progress follows the
 * statements as they are written.
 */
export function PlanCard({ frameworkId, shortName, today }: { frameworkId: string; shortName: string; today: string }) {
  const plan = useApiQuery('getWritingPlan', [frameworkId]);
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const view = plan.data;
  return (
    <section className="card plan-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Plan my application: {shortName}</h2>
      {plan.isError && <p role="alert">Could not load your writing plan: {plan.error.message}</p>}
      {plan.isSuccess && !view && !editing && <p>Spread the statements you still have to write over short sessions in your week, and add them to your calendar.</p>}
      {view && !editing && <PlanSummary view={view} today={today} />}
      {plan.isSuccess && (editing || !view) ? (
        <PlanForm frameworkId={frameworkId} today={today} onDone={() => setEditing(false)} />
      ) : null}
      {view && !editing && (
        <Button className="button" onPress={() => setEditing(true)}>
          Plan again
        </Button>
      )}
      {editing && (
        <Button className="button" onPress={() => setEditing(false)}>
          Cancel
        </Button>
      )}
    </section>
  );
}
