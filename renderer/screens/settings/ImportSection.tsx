import { useEffect, useRef, useState } from 'react';
import { Button, DropZone, FileTrigger, Label, Radio, RadioGroup, Text, isFileDropItem } from 'react-aria-components';
import type { ImportFile, ImportPreview, ImportResult } from '../../../core/api/methods/transfer';
import { FIELD_LABELS, FIELDS_BY_KIND, REQUIRED_BY_KIND, type ColumnMapping, type ImportField, type ImportKind } from '../../../core/import/columns';
import type { DuplicateAction } from '../../../core/import/duplicates';
import { importReportCsv } from '../../../core/import/import-report';
import { formatUkDate } from '../../../core/format/uk-date';
import { useApi } from '../../api/api-context';
import { fileToBase64 } from '../../api/base64';
import { downloadFile } from '../../components/download-file';
import { notify } from '../../components/notices';
import { OptionSelect } from '../../components/OptionSelect';
import { ProgressBar } from '../../components/ProgressBar';
import { useFocusOnResult } from '../../components/useFocusOnResult';
import { categoryOptions } from '../../format/cpd-labels';
import { ImportValuesTable } from './ImportValuesTable';
import { TableHead } from '../../components/TableHead';

type Choices = Pick<ImportFile, 'mapping' | 'values' | 'duplicates'>;
type Loaded = { fileName: string; dataBase64: string; preview: ImportPreview; choices: Choices };
const NOT_IMPORTED = '__none__';
const ACCEPTED = ['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const KIND_LABELS: Record<ImportKind, string> = { cpd: 'CPD activities', training: 'Training records (a learning-system or HR export)' };

const rowsWord = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
const categoryName = new Map(categoryOptions.map((c) => [c.id, c.short]));
const reportName = (fileName: string) => `${fileName.replace(/\.[^.]*$/, '')}-not-imported.csv`;

/** Rows the import will add: those read, less the ones already there when they are skipped. */
const readyCount = (p: ImportPreview) => p.validCount - (p.duplicates === 'skip' ? p.duplicateCount : 0);

/**
 * CSV or Excel import of CPD or training: preview, fix the column mapping and what each category
 * value becomes, choose what happens to rows already there, see and download every row that will
 * not be imported, then import.
 */
export function ImportSection() {
  const api = useApi();
  const [kind, setKind] = useState<ImportKind>('cpd');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ fileName: string; columns: string[]; result: ImportResult } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The CPD log links here: bring the section into view and put focus on it.
  useEffect(() => {
    if (window.location.hash === '#import-heading') {
      heading.current?.scrollIntoView?.();
      heading.current?.focus();
    }
  }, []);

  const preview = async (fileName: string, dataBase64: string, forKind: ImportKind, choices: Choices) => {
    setBusy('Reading the file');
    setError(null);
    try {
      setLoaded({ fileName, dataBase64, choices, preview: await api.previewImport({ fileName, dataBase64, kind: forKind, ...choices }) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    setLoaded(null);
    await preview(file.name, await fileToBase64(file), kind, {});
  };

  const changeKind = (next: ImportKind) => {
    setKind(next);
    // Another kind has other fields: start again from the guess for it.
    if (loaded) void preview(loaded.fileName, loaded.dataBase64, next, {});
  };

  const rechoose = (change: (choices: Choices, p: ImportPreview) => Choices) => {
    if (loaded) void preview(loaded.fileName, loaded.dataBase64, kind, change(loaded.choices, loaded.preview));
  };

  // The whole mapping is sent, "not imported" as null, so no field falls back to its guess.
  const remap = (field: ImportField, header: string) =>
    rechoose((c, p) => ({ ...c, mapping: { ...p.mapping, [field]: header === NOT_IMPORTED ? null : header } satisfies ColumnMapping }));

  const revalue = (value: string, target: string | null) =>
    rechoose((c, p) => ({ ...c, values: { [p.valueField]: { ...c.values?.[p.valueField], [value]: target } } }));

  const setDuplicates = (action: DuplicateAction) => rechoose((c) => ({ ...c, duplicates: action }));

  const commit = async () => {
    if (!loaded) return;
    const p = loaded.preview;
    setBusy(`Importing ${rowsWord(readyCount(p))}`);
    setError(null);
    try {
      const done = await api.commitImport({
        fileName: loaded.fileName,
        dataBase64: loaded.dataBase64,
        kind,
        ...loaded.choices,
        mapping: p.mapping,
        duplicates: p.duplicates,
        mode: 'valid-only',
      });
      setResult({ fileName: loaded.fileName, columns: p.columns, result: done });
      setLoaded(null);
      notify(`Imported ${done.added} ${done.added === 1 ? 'record' : 'records'}.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const p = loaded?.preview;
  // Once a chosen file's preview is ready, focus goes to its summary; changing a column keeps focus where it is.
  const previewHeading = useFocusOnResult<HTMLHeadingElement>(loaded ? loaded.dataBase64 : null);
  const disabled = busy !== null;
  const ready = p ? readyCount(p) : 0;
  const updating = p !== undefined && p.duplicates === 'update' ? p.duplicateCount : 0;
  const shownCategory = (id: string | null) => (id === null ? '' : p?.valueField === 'category' ? (categoryName.get(id) ?? id) : id);
  return (
    <section className="card form" aria-labelledby="import-heading">
      <h2 id="import-heading" ref={heading} tabIndex={-1}>
        Import from a spreadsheet
      </h2>
      <p className="muted">A CSV or Excel (.xlsx) file with one activity or course a row and a header row. You will see what would be imported before anything changes.</p>
      <RadioGroup className="field" value={kind} onChange={(v) => changeKind(v as ImportKind)} isDisabled={disabled}>
        <Label className="field-label">The file holds</Label>
        {(Object.keys(KIND_LABELS) as ImportKind[]).map((k) => (
          <Radio key={k} value={k} className="radio">
            {KIND_LABELS[k]}
          </Radio>
        ))}
      </RadioGroup>
      <DropZone
        className="drop-zone"
        aria-label="Drop a spreadsheet to import"
        onDrop={async (event) => {
          const item = event.items.find(isFileDropItem);
          await choose(item ? await item.getFile() : undefined);
        }}
      >
        <Text slot="label">Drop a .csv or .xlsx file here, or</Text>{' '}
        <FileTrigger acceptedFileTypes={ACCEPTED} onSelect={(files) => void choose(files?.[0] ?? undefined)}>
          <Button className="button" isDisabled={disabled}>
            Choose a spreadsheet…
          </Button>
        </FileTrigger>
      </DropZone>
      {busy && (
        <ProgressBar label={busy} text={`${busy}…`} />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {loaded && p && (
        <div className="stack import-preview">
          <h3 ref={previewHeading} tabIndex={-1}>
            {loaded.fileName}: {rowsWord(ready)} ready, {p.rejected.length} rejected
            {p.duplicateCount > 0 && `, ${p.duplicateCount} already there`}
          </h3>
          {p.profileUsed && <p className="muted">Your choices from the last import of a file with these columns are used; change any of them below.</p>}
          <fieldset className="fieldset">
            <legend>Which column holds what</legend>
            <div className="form-grid">
              {FIELDS_BY_KIND[p.kind].map((field) => (
                <OptionSelect
                  key={field}
                  label={`${FIELD_LABELS[field]}${REQUIRED_BY_KIND[p.kind].includes(field) ? ' (required)' : ''}`}
                  selectedKey={p.mapping[field] ?? NOT_IMPORTED}
                  onSelectionChange={(key) => remap(field, String(key))}
                  options={[{ id: NOT_IMPORTED, label: 'Not imported' }, ...p.columns.map((c) => ({ id: c, label: c }))]}
                  isDisabled={disabled}
                />
              ))}
            </div>
          </fieldset>
          <ImportValuesTable field={p.valueField} values={p.values} disabled={disabled} onChoose={revalue} />
          {p.duplicateCount > 0 && (
            <RadioGroup className="field" value={p.duplicates} onChange={(v) => setDuplicates(v as DuplicateAction)} isDisabled={disabled}>
              <Label className="field-label">
                {rowsWord(p.duplicateCount)} match {p.duplicateCount === 1 ? 'a record' : 'records'} already in your portfolio ({p.kind === 'cpd' ? 'same date, title and hours' : 'same course and completion date'})
              </Label>
              <Radio value="skip" className="radio">
                Skip them
              </Radio>
              <Radio value="update" className="radio">
                Update those records from the file (empty cells leave what is there)
              </Radio>
            </RadioGroup>
          )}
          <div className="table-scroll">
            <table className="table">
              <caption>The first rows as they would be imported</caption>
              <TableHead columns={p.kind === 'cpd' ? ['Row', 'Date', 'Title', { label: 'Hours', className: 'num' }, 'Category', 'Result'] : ['Row', 'Completed', 'Course', 'Kind', 'Result']} />
              <tbody>
                {p.previewRows.map((row) => (
                  <tr key={row.row}>
                    <th scope="row">{row.row}</th>
                    <td>{row.record ? formatUkDate(row.record.date) : ''}</td>
                    <td>{row.record?.title ?? ''}</td>
                    {p.kind === 'cpd' && <td className="num">{row.record?.hours ?? ''}</td>}
                    <td>{shownCategory(row.record?.category ?? null)}</td>
                    <td>
                      {!row.record ? (
                        <span className="badge bad">Rejected: {row.reason}</span>
                      ) : row.duplicate ? (
                        <span className="badge">Already there</span>
                      ) : (
                        <span className="badge ok">Ready</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {p.rejected.length > 0 && (
            <div>
              <h4>Rejected rows (row numbers as in your spreadsheet)</h4>
              <ul className="rejected-rows">
                {p.rejected.map((r) => (
                  <li key={r.row}>
                    Row {r.row}: {r.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="form-actions">
            <Button className="button primary" onPress={() => void commit()} isDisabled={disabled || ready + updating === 0}>
              {(p.rejected.length === 0 ? `Import all ${ready} rows` : `Import the ${ready} valid rows`) + (updating > 0 ? ` and update ${updating}` : '')}
            </Button>
            {p.report.length > 0 && (
              <Button className="button" onPress={() => downloadFile(reportName(loaded.fileName), importReportCsv(p.columns, p.report), 'text/csv;charset=utf-8')}>
                Download the {rowsWord(p.report.length)} not imported as written (CSV)
              </Button>
            )}
            <Button className="button" onPress={() => setLoaded(null)} isDisabled={disabled}>
              Import nothing
            </Button>
          </div>
        </div>
      )}
      {result && <ImportDone {...result} />}
    </section>
  );
}

function ImportDone({ fileName, columns, result }: { fileName: string; columns: string[]; result: ImportResult }) {
  // The preview (and its button) is gone once imported: focus goes to what happened.
  const heading = useFocusOnResult<HTMLHeadingElement>(result);
  return (
    <div className="report" role="status">
      <h3 ref={heading} tabIndex={-1}>
        Imported {result.added} {result.added === 1 ? 'record' : 'records'}
        {result.updated > 0 && `, updated ${result.updated}`}
        {result.skipped > 0 && `; ${rowsWord(result.skipped)} already there ${result.skipped === 1 ? 'was' : 'were'} skipped`}
        {result.rejected.length > 0 && `; ${rowsWord(result.rejected.length)} ${result.rejected.length === 1 ? 'was' : 'were'} left out`}.
      </h3>
      {result.rejected.length > 0 && (
        <ul className="rejected-rows">
          {result.rejected.map((r) => (
            <li key={r.row}>
              Row {r.row}: {r.reason}
            </li>
          ))}
        </ul>
      )}
      {result.report.length > 0 && (
        <Button className="button" onPress={() => downloadFile(reportName(fileName), importReportCsv(columns, result.report), 'text/csv;charset=utf-8')}>
          Download the report of {rowsWord(result.report.length)} (CSV)
        </Button>
      )}
    </div>
  );
}
