import { Button, Disclosure, DisclosurePanel, Heading, Label, TextArea, TextField } from 'react-aria-components';
import { format, parseISO } from 'date-fns';
import { STATEMENT_MAX_CHARS, type CompetenceStatement } from '../../../core/model/statement';
import { countWords } from '../../../core/text/word-count';
import { useApi } from '../../api/api-context';
import { notify } from '../../components/notices';
import { LengthCount, WordCount } from '../../components/WordCount';
import { useCoverage } from '../../api/use-frameworks';
import { withLiveText } from '../../../core/writing/length-limits';
import { CopyPlainText } from './CopyPlainText';
import { StatementCoach } from './StatementCoach';
import { useStatementAutosave, type SaveStatus } from './use-statement-autosave';

const when = (iso: string) => format(parseISO(iso), "dd/MM/yyyy 'at' HH:mm");

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.at ? `Saved ${when(status.at)}` : 'Nothing written yet';
    case 'unsaved':
      return 'Not saved yet (kept on this computer until it is)';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${status.message} Your text is kept on this computer; it will be saved when you try again.`;
  }
}

/** The competence statement: autosaved, counted against the limit, with its earlier versions. */
export function StatementEditor({
  frameworkId,
  code,
  wordLimit,
  saved,
}: {
  frameworkId: string;
  code: string;
  wordLimit: number | undefined;
  saved: CompetenceStatement | null;
}) {
  const api = useApi();
  const editor = useStatementAutosave({
    frameworkId,
    code,
    saved,
    // saveStatement declares that it answers getStatement: the answer is put in place, never refetched under the typing.
    save: (text) => api.saveStatement(frameworkId, code, text),
  });
  const tooLong = editor.text.length > STATEMENT_MAX_CHARS;
  // Every length level (own, area, report) comes from coverage; the editor's live text adjusts it.
  const lengths = useCoverage(frameworkId).data?.criteria.find((c) => c.code === code)?.statement.lengths;
  // `saved` follows the statement query, which every save and restore updates.
  const versions = [...(saved?.versions ?? [])].reverse();

  const restore = async (savedAt: string) => {
    try {
      await editor.flush();
      const statement = await api.restoreStatementVersion(frameworkId, code, savedAt);
      editor.replaceWithSaved(statement);
      notify(`Restored the version from ${when(savedAt)}. The text it replaced is in the history.`);
    } catch (error) {
      notify(`Could not restore: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };

  return (
    <section className="statement-editor" aria-labelledby="statement-heading">
      <h2 id="statement-heading">Your statement</h2>
      {editor.restoredDraft && (
        <p className="notice-inline" role="status">
          Text you had not saved yet was recovered from this computer.
        </p>
      )}
      <div className="statement-with-coach">
        <TextField className="field statement-field" value={editor.text} onChange={editor.setText} onBlur={() => void editor.flush()}>
          <Label>Competence statement for {code}</Label>
          <TextArea className="input textarea statement-textarea" rows={14} aria-describedby="statement-count statement-status statement-limit" />
          {/* Said before saving, and at the field once passed, so an over-long text is never met by a raw error. */}
          <p id="statement-limit" className={tooLong ? 'field-error' : 'field-description'}>
            {tooLong
              ? `This is ${editor.text.length.toLocaleString('en-GB')} characters; at most ${STATEMENT_MAX_CHARS.toLocaleString('en-GB')} can be saved. Shorten it by ${(editor.text.length - STATEMENT_MAX_CHARS).toLocaleString('en-GB')} characters and it saves; until then it is kept on this computer.`
              : `Up to ${STATEMENT_MAX_CHARS.toLocaleString('en-GB')} characters.`}
          </p>
        </TextField>
        <StatementCoach frameworkId={frameworkId} code={code} text={editor.text} />
      </div>
      {lengths ? <LengthCount levels={withLiveText(lengths, saved?.text ?? '', editor.text)} id="statement-count" /> : <WordCount text={editor.text} limit={wordLimit} id="statement-count" />}
      <p id="statement-status" className={`save-status save-${editor.status.kind}`} role="status">
        {tooLong ? 'Not saved: too long (see above). Your text is kept on this computer.' : statusText(editor.status)}
      </p>
      {editor.status.kind === 'failed' && !tooLong && (
        <Button className="button" onPress={() => void editor.flush()}>
          Try saving again
        </Button>
      )}
      <CopyPlainText text={editor.text} />
      <Disclosure className="disclosure">
        <Heading level={3}>
          <Button slot="trigger" className="disclosure-trigger">
            Earlier versions ({versions.length})
          </Button>
        </Heading>
        <DisclosurePanel>
          {versions.length === 0 ? (
            <p>No earlier versions yet. A version is kept each time you come back to edit after a pause.</p>
          ) : (
            <ol className="versions">
              {versions.map((v) => (
                <li key={v.savedAt} className="version card">
                  <p>
                    <strong>{when(v.savedAt)}</strong> · {countWords(v.text)} words
                  </p>
                  <p className="version-text">{v.text.length > 300 ? `${v.text.slice(0, 300)}…` : v.text}</p>
                  <Button className="button small" onPress={() => void restore(v.savedAt)} aria-label={`Restore the version from ${when(v.savedAt)}`}>
                    Restore
                  </Button>
                </li>
              ))}
            </ol>
          )}
        </DisclosurePanel>
      </Disclosure>
    </section>
  );
}
