import { format } from 'date-fns';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { BackupPreview } from '../../../core/api/methods/transfer';
import { formatBytes } from '../../../core/format/bytes';
import { describeCounts } from '../../../core/transfer/portfolio-contents';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { DataState } from '../../components/DataState';
import { notify } from '../../components/notices';
import { ReportBox, type Report } from './ReportBox';
import { TableHead } from '../../components/TableHead';

const when = (timestamp: string) => format(new Date(timestamp), "dd/MM/yyyy 'at' HH:mm");

/** Why a backup was made, as the backups folder names it, in words. */
export function backupReason(reason: string): string {
  const known: Record<string, string> = {
    startup: 'Techfolio was opened',
    daily: 'Daily backup',
    'before-restore': 'Before a restore',
    'before-sample': 'Before sample data',
    manual: 'Made by hand',
  };
  const migration = /^before-migration-from-v(\d+)$/.exec(reason);
  return known[reason] ?? (migration ? `Before an update of the file format (from version ${migration[1]})` : reason);
}

/** The backups kept in the data folder, each one previewable and restorable. */
export function RollingBackups() {
  const api = useApi();
  const status = useApiQuery('getStorageStatus', []);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setReport({ title: 'Nothing was restored', lines: [message] });
      notify(`Nothing was restored: ${message}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  const show = (fileName: string) =>
    run(async () => {
      setReport(null);
      setPreview(await api.previewBackup(fileName));
    });

  const restore = (chosen: BackupPreview) =>
    run(async () => {
      const result = await api.restoreBackup(chosen.fileName);
      setPreview(null);
      const title = `Restored the backup made ${when(chosen.createdAt)}.`;
      setReport({
        title,
        lines: [
          `Your portfolio now holds ${describeCounts(result.counts)}.`,
          result.backupFileName ? `What was there before is kept as the backup ${result.backupFileName}: restore it to go back.` : 'There was nothing to back up first.',
          ...(result.missingEvidenceFiles > 0 ? [`${result.missingEvidenceFiles} evidence files it cites are no longer on this computer.`] : []),
        ],
      });
      notify(title);
    });

  return (
    <div className="stack">
      <h3 id="rolling-backups-heading">From a backup kept on this computer</h3>
      <DataState query={status} what="the backups">
        {status.data && status.data.backups.length === 0 && <p className="muted">No backups yet: Techfolio makes one each time it opens and once a day.</p>}
        {status.data && status.data.backups.length > 0 && (
          <table className="table" aria-labelledby="rolling-backups-heading">
            <TableHead columns={['Made', 'Why', { label: 'Size', className: 'num' }, { label: 'Action', hidden: true }]} />
            <tbody>
              {[...status.data.backups]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((b) => (
                  <tr key={b.fileName}>
                    <td>{when(b.createdAt)}</td>
                    <td>{backupReason(b.reason)}</td>
                    <td className="num">{formatBytes(b.size)}</td>
                    <td>
                      <Button className="button quiet" aria-label={`Preview the backup made ${when(b.createdAt)}`} onPress={() => void show(b.fileName)} isDisabled={busy}>
                        Preview
                      </Button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </DataState>
      {preview && (
        <div className="stack" role="group" aria-labelledby="backup-preview-heading">
          <h4 id="backup-preview-heading">Backup made {when(preview.createdAt)}</h4>
          <dl className="details">
            <dt>Why</dt>
            <dd>{backupReason(preview.reason)}</dd>
            <dt>It holds</dt>
            <dd>{describeCounts(preview.counts)}</dd>
            <dt>Your portfolio now</dt>
            <dd>{describeCounts(preview.currentCounts)}</dd>
          </dl>
          <p className="muted">Restoring replaces your portfolio with this backup. What is there now is backed up first.</p>
          <div className="form-actions">
            <Button className="button primary" onPress={() => void restore(preview)} isDisabled={busy}>
              Back up, then restore this backup
            </Button>
            <Button className="button" onPress={() => setPreview(null)} isDisabled={busy}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {report && <ReportBox report={report} level={4} />}
    </div>
  );
}
