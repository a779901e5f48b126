import { useCallback, useEffect, useState } from 'react';
import type { CpdRecord } from '../../../core/model/cpd-record';
import { formatUkDate } from '../../../core/format/uk-date';
import { useApi } from '../../api/api-context';
import { AddCpdForm } from './AddCpdForm';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; records: CpdRecord[] };

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function CpdLogScreen() {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const refresh = useCallback(() => {
    api.listCpd().then(
      (records) => setLoad({ state: 'ready', records }),
      (error: Error) => setLoad({ state: 'error', message: error.message }),
    );
  }, [api]);

  useEffect(refresh, [refresh]);

  return (
    <section aria-labelledby="cpd-log-heading" className="screen">
      <h1 id="cpd-log-heading">CPD log</h1>
      <AddCpdForm today={todayIso()} onAdded={refresh} />
      <div className="card" aria-live="polite">
        {load.state === 'loading' && <p>Loading your records…</p>}
        {load.state === 'error' && (
          <p role="alert" className="error">
            Could not load your records: {load.message}
          </p>
        )}
        {load.state === 'ready' && load.records.length === 0 && <p>No CPD logged yet. Add your first activity above.</p>}
        {load.state === 'ready' && load.records.length > 0 && (
          <table className="table">
            <caption>
              {load.records.length} record{load.records.length === 1 ? '' : 's'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Title</th>
                <th scope="col">Hours</th>
              </tr>
            </thead>
            <tbody>
              {[...load.records]
                .sort((a, b) => b.startDate.localeCompare(a.startDate))
                .map((record) => (
                  <tr key={record.id}>
                    <td>{formatUkDate(record.startDate)}</td>
                    <td>{record.title}</td>
                    <td>{record.hours}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
