import { useEffect, useState } from 'react';
import { Button, Input, Label, Text, TextField } from 'react-aria-components';
import type { InboxRun } from '../../../core/api/methods/inbox';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { DataState } from '../../components/DataState';
import { notify } from '../../components/notices';
import { useFocusOnResult } from '../../components/useFocusOnResult';
import { inboxMadeNotice, inboxRunLines } from '../../format/inbox-run';

/** The inbox folder: choose it, clear it, or look in it now; what the last look did. */
export function InboxSection() {
  const api = useApi();
  const settings = useApiQuery('getInbox', []);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [run, setRun] = useState<InboxRun | null>(null);
  const reportHeading = useFocusOnResult<HTMLHeadingElement>(run);

  useEffect(() => {
    if (settings.data) setFolder(settings.data.folder ?? '');
  }, [settings.data]);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    act(async () => {
      const saved = await api.setInboxFolder(folder.trim() === '' ? null : folder.trim());
      notify(saved.folder ? `New files in ${saved.folder} will become draft records.` : 'No inbox folder now.');
    });
  const lookNow = () =>
    act(async () => {
      const result = await api.checkInbox();
      setRun(result);
      if (result.made.length > 0) notify(inboxMadeNotice(result.made.length));
    });

  return (
    <section className="card form" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">Inbox</h2>
      <p className="muted">
        Choose a folder, such as one in OneDrive or Dropbox, where you save certificates. Each new file there is copied into your evidence and becomes a draft CPD
        record filled in from its text, for you to check. Files are taken once and never changed or deleted. The folder is looked at when the app starts and every
        half minute while it is open.
      </p>
      <DataState query={settings} what="the inbox settings">
        <TextField className="field" value={folder} onChange={setFolder} isInvalid={error !== null} validationBehavior="aria">
          <Label className="field-label">Inbox folder</Label>
          <Input className="input" placeholder="C:\Users\you\OneDrive\Certificates" />
          <Text slot="description" className="field-description">
            The folder's full path. Leave it empty for no inbox.
            {settings.data && settings.data.taken > 0 ? ` ${settings.data.taken} ${settings.data.taken === 1 ? 'file has' : 'files have'} been taken so far.` : ''}
          </Text>
        </TextField>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <Button className="button primary" onPress={() => void save()} isDisabled={busy}>
            Save inbox folder
          </Button>
          <Button className="button" onPress={() => void lookNow()} isDisabled={busy || !settings.data?.folder}>
            Look in the inbox now
          </Button>
        </div>
      </DataState>
      {run && (
        <div className="report" role="status">
          <h3 ref={reportHeading} tabIndex={-1}>
            {run.made.length > 0 ? inboxMadeNotice(run.made.length) : 'Nothing new to take in.'}
          </h3>
          <ul>
            {inboxRunLines(run).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
