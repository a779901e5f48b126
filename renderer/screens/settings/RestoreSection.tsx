import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { ArchivePreview, ReceivedArchive, RestoreResult, TransferProgress } from '../../../core/api/methods/transfer';
import { formatBytes } from '../../../core/format/bytes';
import { describeCounts } from '../../../core/transfer/portfolio-contents';
import { useApi } from '../../api/api-context';
import { fileToBase64 } from '../../api/base64';
import { notify } from '../../components/notices';
import { ProgressBar } from '../../components/ProgressBar';
import { ReportBox, type Report } from './ReportBox';
import { RollingBackups } from './RollingBackups';

/** A stored UTC moment in this computer's time, UK style. */
export const when = (timestamp: string) => format(new Date(timestamp), "dd/MM/yyyy 'at' HH:mm");

type Mode = 'replace' | 'merge';

const PHASES: Record<TransferProgress['phase'], string> = {
  checking: 'Checking the archive',
  writing: 'Writing',
  evidence: 'Bringing in evidence files',
  portfolio: 'Writing the portfolio',
};

/** Runs a long call while asking the backend how far it has got, for the progress bar. */
async function withProgress<T>(work: Promise<T>, poll: () => Promise<TransferProgress | null>, show: (p: TransferProgress | null) => void): Promise<T> {
  let running = true;
  const loop = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (!running) break;
      const progress = await poll().catch(() => null);
      if (running) show(progress);
    }
  })();
  try {
    return await work;
  } finally {
    running = false;
    show(null);
    await loop;
  }
}

export function describeRestore(result: RestoreResult, mode: Mode): Report {
  const lines: string[] = [];
  if (result.merge) {
    const { added, updated, unchanged, keptNewer } = result.merge;
    lines.push(`Added ${added}, updated ${updated} from the archive; ${unchanged} already the same.`);
    if (keptNewer.length > 0) {
      lines.push(`Kept your newer copy of ${keptNewer.length} ${keptNewer.length === 1 ? 'record' : 'records'}: ${keptNewer.map((k) => `“${k.label}”`).join(', ')}.`);
    }
  } else {
    lines.push(`Your portfolio now holds ${describeCounts(result.counts)}.`);
  }
  lines.push(result.backupFileName ? `What was there before is kept as the backup ${result.backupFileName}: restore it below to go back.` : 'There was nothing to back up first.');
  return { title: mode === 'merge' ? 'Merged the backup archive into your portfolio.' : 'Restored your portfolio from the backup archive.', lines };
}

/**
 * Restoring: from a backup archive (any computer's), replacing or merging, and from the backups
 * kept in the data folder. Every restore backs up the current portfolio first and says so.
 */
export function RestoreSection() {
  const api = useApi();
  const [location] = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [received, setReceived] = useState<ReceivedArchive | null>(null);
  const [preview, setPreview] = useState<ArchivePreview | null>(null);
  const [mode, setMode] = useState<Mode>('merge');
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  // The desktop menu's "Restore from a backup…" lands here.
  useEffect(() => {
    if (location !== '/settings/restore') return;
    // After the app's own move of focus to the new screen's start, which runs once this has mounted.
    const timer = setTimeout(() => {
      heading.current?.scrollIntoView?.();
      heading.current?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [location]);

  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    setReport({ title: 'Nothing was restored', lines: [message, 'Your portfolio has not been changed.'] });
    notify(`Nothing was restored: ${message}`, 'error');
  };

  const open = async (archive: ReceivedArchive) => {
    setReceived(archive);
    setBusy('Checking the archive');
    try {
      const checked = await withProgress(api.previewRestoreArchive(archive.archiveId), () => api.getRestoreProgress(archive.archiveId), setProgress);
      setPreview(checked);
      setMode(checked.currentIsEmpty ? 'replace' : 'merge');
    } catch (error) {
      setReceived(null);
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const choose = async () => {
    setReport(null);
    setPreview(null);
    try {
      const choice = await api.chooseRestoreArchive();
      if (choice.status === 'upload') fileInput.current?.click();
      else if (choice.status === 'chosen') await open(choice);
    } catch (error) {
      fail(error);
    }
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(`Reading ${file.name}`);
    try {
      await open(await api.uploadRestoreArchive({ fileName: file.name, dataBase64: await fileToBase64(file) }));
    } catch (error) {
      fail(error);
      setBusy(null);
    }
  };

  const restore = async () => {
    if (!received) return;
    setBusy(mode === 'merge' ? 'Merging' : 'Restoring');
    try {
      const result = await withProgress(api.restoreReceivedArchive({ archiveId: received.archiveId, mode }), () => api.getRestoreProgress(received.archiveId), setProgress);
      const done = describeRestore(result, mode);
      setReport(done);
      notify(done.title);
      setReceived(null);
      setPreview(null);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const cancel = async () => {
    if (received) await api.discardRestoreArchive(received.archiveId).catch(() => undefined);
    setReceived(null);
    setPreview(null);
  };

  return (
    <section className="card form" aria-labelledby="restore-heading">
      <h2 id="restore-heading" ref={heading} tabIndex={-1}>
        Restore
      </h2>
      <p className="muted">Bring back a backup archive made on this or another computer, or one of the backups Techfolio keeps. Your portfolio as it is now is backed up first, so a restore can be undone.</p>
      <h3>From a backup archive</h3>
      <div className="form-actions">
        <Button className="button primary" onPress={() => void choose()} isDisabled={busy !== null}>
          Choose a backup archive…
        </Button>
        <input ref={fileInput} type="file" accept=".techfolio" hidden aria-label="Backup archive to restore" onChange={(e) => void upload(e.currentTarget.files?.[0])} />
      </div>
      {busy && (
        <ProgressBar
          label={busy}
          text={`${progress ? `${PHASES[progress.phase]} (${progress.done} of ${progress.total})` : busy}…`}
          value={progress && progress.total > 0 ? progress.done : undefined}
          maxValue={Math.max(1, progress?.total ?? 1)}
        />
      )}
      {received && preview && (
        <div className="stack" role="group" aria-labelledby="restore-preview-heading">
          <h3 id="restore-preview-heading">{received.fileName}</h3>
          <dl className="details">
            <dt>Made</dt>
            <dd>
              {when(preview.createdAt)} (Techfolio {preview.appVersion}), {formatBytes(received.bytes)}
            </dd>
            <dt>It holds</dt>
            <dd>
              {describeCounts(preview.counts)}, {preview.counts.evidenceFiles} evidence {preview.counts.evidenceFiles === 1 ? 'file' : 'files'}
            </dd>
            <dt>Your portfolio now</dt>
            <dd>{preview.currentIsEmpty ? 'Empty' : describeCounts(preview.currentCounts)}</dd>
          </dl>
          <RadioGroup className="field" value={mode} onChange={(v) => setMode(v as Mode)} isDisabled={busy !== null}>
            <Label className="field-label">How to restore</Label>
            <Radio value="merge" className="radio">
              Merge: add {preview.merge.added} missing, update {preview.merge.updated} changed later in the archive
              {preview.merge.keptNewer > 0 ? `, keep your ${preview.merge.keptNewer} newer` : ''}
            </Radio>
            <Radio value="replace" className="radio">
              Replace everything with the archive
            </Radio>
          </RadioGroup>
          <div className="form-actions">
            <Button className="button primary" onPress={() => void restore()} isDisabled={busy !== null}>
              {mode === 'merge' ? 'Back up, then merge' : 'Back up, then replace'}
            </Button>
            <Button className="button" onPress={() => void cancel()} isDisabled={busy !== null}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {report && <ReportBox report={report} />}
      <RollingBackups />
    </section>
  );
}
