import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { formatBytes } from '../../../core/format/bytes';
import type { PreparedFile, PreparedSubmission } from '../../../core/submission/prepared';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { describeSaveOutcome, saveMadeFile } from '../../api/save-made-file';
import { notify } from '../../components/notices';
import { OptionSelect } from '../../components/OptionSelect';
import { TableHead } from '../../components/TableHead';

const sizeText = (f: PreparedFile) => (f.bytes === undefined ? 'not made' : f.limitBytes !== undefined ? `${formatBytes(f.bytes)} of ${formatBytes(f.limitBytes)}` : formatBytes(f.bytes));
const pagesText = (f: PreparedFile) => (f.pages === undefined ? '' : f.maxPages !== undefined ? `${f.pages} of ${f.maxPages}` : String(f.pages));

/**
 * Takes the prepared folder away: opened in the file manager (the desktop app only: a browser page
 * cannot show a folder), or zipped into one file saved like a pack (a download in browser mode).
 */
function FolderActions({ made }: { made: PreparedSubmission }) {
  const api = useApi();
  const info = useApiQuery('getInfo', []);
  const open = useMutation({ mutationFn: () => api.openSubmissionFolder(made.submissionId) });
  const zip = useMutation({
    mutationFn: async () => {
      const zipped = await api.zipSubmission(made.submissionId);
      return { zipped, outcome: await saveMadeFile(api, zipped) };
    },
    onSuccess: ({ zipped, outcome }) => notify(describeSaveOutcome(outcome, zipped.fileName)),
  });
  return (
    <>
      <div className="form-actions">
        {info.data?.transport === 'desktop' && (
          <Button className="button" isDisabled={open.isPending} onPress={() => open.mutate()}>
            Open the folder
          </Button>
        )}
        <Button className="button" isDisabled={zip.isPending} onPress={() => zip.mutate()}>
          {zip.isPending ? 'Zipping…' : 'Save the folder as one .zip'}
        </Button>
      </div>
      {open.isError && <p role="alert">{open.error.message}</p>}
      {open.data?.status === 'unavailable' && <p role="status">The folder cannot be opened from here: it is at {open.data.folder}.</p>}
      {zip.isError && <p role="alert">Could not save the .zip: {zip.error.message}</p>}
    </>
  );
}

function PreparedFiles({ made }: { made: PreparedSubmission }) {
  return (
    <div role="status">
      <p>
        {made.complete ? 'Every file meets the profile.' : 'Some files could not be made to meet the profile: they are marked below and were not written.'} Folder: <code>{made.folder}</code>
      </p>
      <table className="table">
        <caption className="visually-hidden">Prepared files, with each one&apos;s size against its limit</caption>
        <TableHead columns={['File', 'Size against limit', 'Pages', 'Result']} />
        <tbody>
          {made.files.map((f) => (
            <tr key={f.name}>
              <th scope="row">{f.name}</th>
              <td>{sizeText(f)}</td>
              <td>{pagesText(f)}</td>
              <td>
                <strong>{f.status === 'written' ? 'Written' : 'Not written'}</strong>: {f.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {made.fields.length > 0 && (
        <>
          <h3>Text to paste into the form</h3>
          <ul>
            {made.fields.map((f) => (
              <li key={`${f.label}-${f.code ?? ''}`}>
                {f.code ? `${f.code}: ` : `${f.label}: `}
                {f.count} {f.unit}
                {f.limit !== undefined ? ` of at most ${f.limit}` : f.suggested !== undefined ? ` (about ${f.suggested} suggested)` : ''}
                {f.over && <strong> (over the limit: shorten it before pasting)</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * "Submission files": the files a chosen body asks for, each cut to its size and page limits,
 * with Word copies and a paste pack for its online form. The route's own profile is chosen first;
 * "generic" (one PDF up to 20 MB) is always offered.
 */
export function SubmissionSection({ frameworkId }: { frameworkId: string }) {
  const api = useApi();
  const profiles = useApiQuery('listSubmissionProfiles', [frameworkId], { enabled: Boolean(frameworkId) });
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = chosen ?? profiles.data?.find((p) => p.isDefault)?.id ?? null;
  const prepare = useMutation({ mutationFn: (profileId: string) => api.prepareSubmission({ frameworkId, profileId }) });
  if (!frameworkId) return null;
  return (
    <section className="card" aria-labelledby="submission-heading">
      <h2 id="submission-heading">Submission files</h2>
      <p>
        Bodies set their own rules for uploads: a size for each file, one file per kind of document, or a single PDF, and form boxes counted in words or characters. Choose the body&apos;s rules and Techfolio writes a folder of files that meet them, shrinking images where it must, with a Word copy of your competence report and CV and the text to paste into each box.
      </p>
      {profiles.isError && <p role="alert">Could not load the submission profiles: {profiles.error.message}</p>}
      {profiles.data && (
        <div className="form-actions">
          <OptionSelect
            label="Body's rules"
            selectedKey={selected}
            onSelectionChange={setChosen}
            options={profiles.data.map((p) => ({ id: p.id, label: `${p.name}${p.isDefault ? ' (this route’s own)' : ''}` }))}
          />
          <Button className="button" isDisabled={!selected || prepare.isPending} onPress={() => selected && prepare.mutate(selected)}>
            {prepare.isPending ? 'Preparing…' : 'Prepare submission files'}
          </Button>
        </div>
      )}
      {prepare.isError && <p role="alert">Could not prepare the files: {prepare.error.message}</p>}
      {prepare.data && (
        <>
          <PreparedFiles made={prepare.data} />
          <FolderActions made={prepare.data} />
        </>
      )}
    </section>
  );
}
