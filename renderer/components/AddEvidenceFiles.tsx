import { useState } from 'react';
import { Button, DropZone, FileTrigger, ProgressBar, Text, isFileDropItem } from 'react-aria-components';
import { MAX_EVIDENCE_BYTES, tooLargeMessage } from '../../core/evidence/limits';
import type { EvidenceItem } from '../../core/model/evidence';
import { useApi } from '../api/api-context';
import { fileToBase64 } from '../api/base64';
import { notify } from './notices';

type Progress = { done: number; total: number; current: string } | null;

/**
 * Adds files dropped here or chosen with the button (both work from the keyboard), one at a time
 * so a large batch never holds the window. Each file's outcome is announced; one refused file does
 * not stop the rest.
 */
export function AddEvidenceFiles({ onAdded }: { onAdded: (items: EvidenceItem[]) => void }) {
  const api = useApi();
  const [progress, setProgress] = useState<Progress>(null);

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    const added: EvidenceItem[] = [];
    for (const [i, file] of files.entries()) {
      setProgress({ done: i, total: files.length, current: file.name });
      try {
        if (file.size > MAX_EVIDENCE_BYTES) throw new Error(tooLargeMessage(file.name, file.size));
        const result = await api.addEvidenceFile({ fileName: file.name, dataBase64: await fileToBase64(file) });
        if (result.outcome === 'duplicate') notify(`${file.name} is already kept as “${result.item.title}”.`, 'info');
        else added.push(result.item);
        if (result.notice) notify(result.notice, 'info');
      } catch (error) {
        notify(error instanceof Error ? error.message : String(error), 'error');
      }
    }
    setProgress(null);
    if (added.length > 0) {
      notify(added.length === 1 ? `Added “${added[0]?.title}”.` : `Added ${added.length} files.`);
      onAdded(added);
    }
  };

  return (
    <DropZone
      className="drop-zone"
      aria-label="Add evidence files"
      onDrop={async (event) => {
        const files = await Promise.all(event.items.filter(isFileDropItem).map((item) => item.getFile()));
        await addFiles(files);
      }}
    >
      <Text slot="label">Drop certificates, photos or documents here, or</Text>{' '}
      <FileTrigger allowsMultiple onSelect={(list) => void addFiles(list ? Array.from(list) : [])}>
        <Button className="button primary" isDisabled={progress !== null}>
          Choose files…
        </Button>
      </FileTrigger>
      <p className="hint">PDFs, images, Office and text files up to {MAX_EVIDENCE_BYTES / 1024 / 1024} MB each.</p>
      {progress && (
        <ProgressBar className="progress" value={progress.done} maxValue={progress.total} aria-label="Adding files">
          {({ percentage }) => (
            <>
              <span>
                Adding {progress.current} ({progress.done + 1} of {progress.total})
              </span>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
    </DropZone>
  );
}
