import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { useApi } from '../../api/api-context';
import { notify } from '../../components/notices';
import { apiErrorLines } from '../../format/api-error-text';

const MAX_FRAMEWORK_FILE_BYTES = 2_000_000;

/** Imports a framework file (JSON); a refused file lists each problem with its place in the file. */
export function ImportFrameworkButton({ onImported }: { onImported: (id: string) => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ file: string; message: string; issues: string[] } | null>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setProblem(null);
    try {
      if (file.size > MAX_FRAMEWORK_FILE_BYTES) throw new Error(`${file.name} is over 2 MB; a framework file is much smaller. Is it the right file?`);
      const summary = await api.importFramework(await file.text());
      notify(`Imported ${summary.shortName} (${summary.criteriaCount} criteria).`);
      onImported(summary.id);
    } catch (error) {
      setProblem({ file: file.name, ...apiErrorLines(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-framework">
      <FileTrigger acceptedFileTypes={['application/json', '.json']} onSelect={(files) => files?.[0] && void importFile(files[0])}>
        <Button className="button" isDisabled={busy}>
          {busy ? 'Importing…' : 'Import a framework file…'}
        </Button>
      </FileTrigger>
      {problem && (
        <div className="card state-error" role="alert">
          <p>
            <strong>{problem.file}</strong>: {problem.message}
          </p>
          {problem.issues.length > 0 && (
            <ul>
              {problem.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
          <Button className="button small" onPress={() => setProblem(null)}>
            Dismiss
          </Button>
        </div>
      )}
    </div>
  );
}
