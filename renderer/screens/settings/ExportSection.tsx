import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useApi } from '../../api/api-context';
import { describeSaveOutcome, saveMadeFile } from '../../api/save-made-file';
import { downloadFile } from '../../components/download-file';
import { notify } from '../../components/notices';
import { ProgressBar } from '../../components/ProgressBar';
import { ReportBox, type Report } from './ReportBox';
import { useFocusOnResult } from '../../components/useFocusOnResult';
import { localToday } from '../../../core/format/today';
import { formatBytes } from '../../../core/format/bytes';


/** A full backup archive (kept in the data folder's exports), or CSV files for a spreadsheet. */
export function ExportSection() {
  const api = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  // The buttons are disabled while working, which drops focus: take it to the outcome instead.
  const reportHeading = useFocusOnResult<HTMLHeadingElement>(report);

  const run = async (label: string, work: () => Promise<Report>) => {
    setBusy(label);
    setReport(null);
    try {
      const result = await work();
      setReport(result);
      notify(result.title);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setReport({ title: 'Export failed', lines: [message] });
      notify(`Export failed: ${message}`, 'error');
    } finally {
      setBusy(null);
    }
  };

  const archive = () =>
    run('Making the backup archive', async () => {
      const result = await api.exportArchive();
      const outcome = await saveMadeFile(api, result);
      return {
        title: outcome.status === 'cancelled' ? 'The backup archive was not saved.' : 'Made a backup archive of your whole portfolio.',
        lines: [`File: ${result.fileName} (${formatBytes(result.bytes)})`, describeSaveOutcome(outcome, result.fileName), 'Keep it somewhere safe away from this computer, such as a USB stick or your university storage.'],
      };
    });

  const csv = () =>
    run('Making the CSV files', async () => {
      const result = await api.exportCsv();
      const today = localToday(new Date());
      downloadFile(`techfolio-cpd-${today}.csv`, result.cpdCsv, 'text/csv;charset=utf-8');
      downloadFile(`techfolio-training-${today}.csv`, result.trainingCsv, 'text/csv;charset=utf-8');
      const rows = (text: string) => Math.max(0, text.trim().split('\n').length - 1);
      return {
        title: 'Saved your CPD and training as CSV files.',
        lines: [`techfolio-cpd-${today}.csv: ${rows(result.cpdCsv)} records`, `techfolio-training-${today}.csv: ${rows(result.trainingCsv)} courses`, 'They open in Excel, LibreOffice or Google Sheets.'],
      };
    });

  return (
    <section className="card form" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p className="muted">A backup archive holds everything, evidence files included, and can be restored on any computer. CSV files are for spreadsheets.</p>
      <div className="form-actions">
        <Button className="button primary" onPress={() => void archive()} isDisabled={busy !== null}>
          Make a backup archive
        </Button>
        <Button className="button" onPress={() => void csv()} isDisabled={busy !== null}>
          Export as CSV
        </Button>
      </div>
      {busy && (
        <ProgressBar label={busy} text={`${busy}…`} />
      )}
      {report && <ReportBox report={report} headingRef={reportHeading} />}
    </section>
  );
}
