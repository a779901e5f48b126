import { useApiQuery } from '../../api/queries';
import { DataState } from '../../components/DataState';
import { format } from 'date-fns';
import { formatBytes } from '../../../core/format/bytes';
import { TableHead } from '../../components/TableHead';


/** A stored UTC moment in this computer's time, UK style. */
const when = (timestamp: string) => format(new Date(timestamp), "dd/MM/yyyy 'at' HH:mm");

/** Where the portfolio lives on this computer, how it was checked at start, and its backups. */
export function StorageSection() {
  const status = useApiQuery('getStorageStatus', []);
  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Your data</h2>
      <DataState query={status} what="the storage details">
        {status.data && (
          <div className="stack">
            <dl className="details">
              <dt>Data folder</dt>
              <dd>
                <code>{status.data.dataDir}</code>
              </dd>
              <dt>Check at start</dt>
              <dd>{status.data.startupCheck.message}</dd>
              <dt>Evidence files</dt>
              <dd>
                {status.data.evidence.files} files, {formatBytes(status.data.evidence.bytes)}
              </dd>
              <dt>Last backup</dt>
              <dd>{status.data.lastBackup ? `${when(status.data.lastBackup.createdAt)} (${status.data.lastBackup.reason})` : 'None yet'}</dd>
            </dl>
            {status.data.backups.length > 0 && (
              <table className="table">
                <caption>Backups kept in the data folder, newest first</caption>
                <TableHead columns={['File', 'Made', 'Why', { label: 'Size', className: 'num' }]} />
                <tbody>
                  {[...status.data.backups]
                    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                    .slice(0, 10)
                    .map((b) => (
                      <tr key={b.fileName}>
                        <td>
                          <code>{b.fileName}</code>
                        </td>
                        <td>{when(b.createdAt)}</td>
                        <td>{b.reason}</td>
                        <td className="num">{formatBytes(b.size)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </DataState>
    </section>
  );
}
