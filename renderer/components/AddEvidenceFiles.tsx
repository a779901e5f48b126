import { useRef, useState } from 'react';
import { Button, DropZone, FileTrigger, Input, Label, Text, TextField, isFileDropItem } from 'react-aria-components';
import { formatUkDate } from '../../core/format/uk-date';
import { MAX_EVIDENCE_BYTES, tooLargeMessage } from '../../core/evidence/limits';
import type { EvidenceItem } from '../../core/model/evidence';
import { useApi } from '../api/api-context';
import { fileToBase64 } from '../api/base64';
import { notify } from './notices';
import { ProgressBar } from './ProgressBar';

/** A title to start from: the file's name without its extension, separators as spaces. */
function titleFromFileName(name: string): string {
  return name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || name;
}

type Progress = { done: number; total: number; current: string } | null;

/**
 * Adds files dropped here or chosen with the button (both work from the keyboard), one at a time
 * so a large batch never holds the window. Each file's outcome is announced; one refused file does
 * not stop the rest.
 */
export function AddEvidenceFiles({ onAdded, forRecord }: { onAdded: (items: EvidenceItem[]) => void; forRecord?: { date: string | undefined } }) {
  const api = useApi();
  const [progress, setProgress] = useState<Progress>(null);
  // Adding from a record: one file waits here for the title the user types (prefilled from its name).
  const [naming, setNaming] = useState<{ file: File; title: string } | null>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);

  const addFiles = async (files: File[], title?: string) => {
    if (files.length === 0) return;
    const added: EvidenceItem[] = [];
    for (const [i, file] of files.entries()) {
      setProgress({ done: i, total: files.length, current: file.name });
      try {
        if (file.size > MAX_EVIDENCE_BYTES) throw new Error(tooLargeMessage(file.name, file.size));
        // From a record, the evidence takes the record's date (not today's) and, for one file, the typed title.
        const described = forRecord ? { ...(forRecord.date ? { date: forRecord.date } : {}), title: title?.trim() || titleFromFileName(file.name) } : {};
        const result = await api.addEvidenceFile({ ...described, fileName: file.name, dataBase64: await fileToBase64(file) });
        if (result.outcome === 'duplicate') notify(`${file.name} is already kept as “${result.item.title}”.`, 'info');
        else added.push(result.item);
        if (result.notice) notify(result.notice, 'info');
      } catch (error) {
        notify(error instanceof Error ? error.message : String(error), 'error');
      }
    }
    setProgress(null);
    // The button was disabled (or the title form closed) while adding, which drops focus to the page:
    // bring it back here, where the next file is chosen; the outcome is announced as a notice.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) chooseButton.current?.focus();
    });
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
      <FileTrigger
        allowsMultiple
        onSelect={(list) => {
          const files = list ? Array.from(list) : [];
          if (forRecord && files.length === 1 && files[0]) setNaming({ file: files[0], title: titleFromFileName(files[0].name) });
          else void addFiles(files);
        }}
      >
        <Button ref={chooseButton} className="button primary" isDisabled={progress !== null}>
          Choose files…
        </Button>
      </FileTrigger>
      {naming && (
        <div className="evidence-naming" role="group" aria-label={`Describe ${naming.file.name}`}>
          <TextField className="field" value={naming.title} onChange={(title) => setNaming({ ...naming, title })} maxLength={300} autoFocus>
            <Label className="field-label">Evidence title</Label>
            <Input className="input" />
            <Text slot="description" className="field-description">
              {forRecord?.date ? `Dated ${formatUkDate(forRecord.date)}, the record's date.` : "Dated today; set the record's date first to use it."}
            </Text>
          </TextField>
          <div className="form-actions">
            <Button
              className="button primary"
              onPress={() => {
                const { file, title } = naming;
                setNaming(null);
                void addFiles([file], title);
              }}
            >
              Add {naming.file.name}
            </Button>
            <Button className="button" onPress={() => setNaming(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      <p className="hint">PDFs, images, Office and text files up to {MAX_EVIDENCE_BYTES / 1024 / 1024} MB each.</p>
      {progress && (
        <ProgressBar label="Adding files" text={`Adding ${progress.current} (${progress.done + 1} of ${progress.total})`} value={progress.done} maxValue={progress.total} />
      )}
    </DropZone>
  );
}
