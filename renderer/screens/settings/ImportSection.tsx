import { useState } from 'react';
import { Button, DropZone, FileTrigger, Label, ListBox, ListBoxItem, Popover, ProgressBar, Select, SelectValue, Text, isFileDropItem } from 'react-aria-components';
import type { ImportPreview, ImportResult } from '../../../core/api/methods/transfer';
import { FIELD_LABELS, ImportField, REQUIRED_FIELDS, type ColumnMapping } from '../../../core/import/columns';
import { formatUkDate } from '../../../core/format/uk-date';
import { useApi } from '../../api/api-context';
import { fileToBase64 } from '../../api/base64';
import { notify } from '../../components/notices';

type Loaded = { fileName: string; dataBase64: string; preview: ImportPreview };
const NOT_IMPORTED = '__none__';
const ACCEPTED = ['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** CSV or Excel import: preview, fix the column mapping, see every rejected row, then import the valid rows or none. */
export function ImportSection() {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const preview = async (fileName: string, dataBase64: string, mapping?: ColumnMapping) => {
    setBusy('Reading the file');
    setError(null);
    try {
      setLoaded({ fileName, dataBase64, preview: await api.previewImport({ fileName, dataBase64, mapping }) });
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
    await preview(file.name, await fileToBase64(file));
  };

  const remap = (field: ImportField, header: string) => {
    if (!loaded) return;
    const mapping: ColumnMapping = { ...loaded.preview.mapping };
    if (header === NOT_IMPORTED) delete mapping[field];
    else mapping[field] = header;
    void preview(loaded.fileName, loaded.dataBase64, mapping);
  };

  const commit = async () => {
    if (!loaded) return;
    setBusy(`Importing ${loaded.preview.validCount} records`);
    setError(null);
    try {
      const done = await api.commitImport({ fileName: loaded.fileName, dataBase64: loaded.dataBase64, mapping: loaded.preview.mapping, mode: 'valid-only' });
      setResult(done);
      setLoaded(null);
      notify(`Imported ${done.imported.length} records.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const p = loaded?.preview;
  return (
    <section className="card form" aria-labelledby="import-heading">
      <h2 id="import-heading">Import CPD from a spreadsheet</h2>
      <p className="muted">A CSV or Excel (.xlsx) file with one activity a row and a header row. You will see what would be imported before anything changes.</p>
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
          <Button className="button" isDisabled={busy !== null}>
            Choose a spreadsheet…
          </Button>
        </FileTrigger>
      </DropZone>
      {busy && (
        <ProgressBar isIndeterminate aria-label={busy} className="progress">
          <span>{busy}…</span>
          <div className="progress-track">
            <div className="progress-fill indeterminate" />
          </div>
        </ProgressBar>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {loaded && p && (
        <div className="stack import-preview">
          <h3>
            {loaded.fileName}: {p.validCount} {p.validCount === 1 ? 'row' : 'rows'} ready, {p.rejected.length} rejected
          </h3>
          <fieldset className="fieldset">
            <legend>Which column holds what</legend>
            <div className="form-grid">
              {ImportField.options.map((field) => (
                <Select key={field} className="field" selectedKey={p.mapping[field] ?? NOT_IMPORTED} onSelectionChange={(key) => remap(field, String(key))} isDisabled={busy !== null}>
                  <Label className="field-label">
                    {FIELD_LABELS[field]}
                    {REQUIRED_FIELDS.includes(field) && ' (required)'}
                  </Label>
                  <Button className="select-button">
                    <SelectValue />
                    <span aria-hidden="true" className="select-chevron">
                      ▾
                    </span>
                  </Button>
                  <Popover className="popover">
                    <ListBox className="listbox" items={[{ id: NOT_IMPORTED, label: 'Not imported' }, ...p.columns.map((c) => ({ id: c, label: c }))]}>
                      {(item) => (
                        <ListBoxItem id={item.id} className="listbox-item" textValue={item.label}>
                          {item.label}
                        </ListBoxItem>
                      )}
                    </ListBox>
                  </Popover>
                </Select>
              ))}
            </div>
          </fieldset>
          <div className="table-scroll">
            <table className="table">
              <caption>The first rows as they would be imported</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Date</th>
                  <th scope="col">Title</th>
                  <th scope="col" className="num">
                    Hours
                  </th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {p.previewRows.map((row) => (
                  <tr key={row.row}>
                    <th scope="row">{row.row}</th>
                    <td>{row.record ? formatUkDate(row.record.startDate) : ''}</td>
                    <td>{row.record?.title ?? ''}</td>
                    <td className="num">{row.record?.hours ?? ''}</td>
                    <td>{row.record ? <span className="badge ok">Ready</span> : <span className="badge bad">Rejected: {row.reason}</span>}</td>
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
            <Button className="button primary" onPress={() => void commit()} isDisabled={busy !== null || p.validCount === 0}>
              {p.rejected.length === 0 ? `Import all ${p.validCount} rows` : `Import the ${p.validCount} valid rows`}
            </Button>
            <Button className="button" onPress={() => setLoaded(null)} isDisabled={busy !== null}>
              Import nothing
            </Button>
          </div>
        </div>
      )}
      {result && (
        <div className="report" role="status">
          <h3>
            Imported {result.imported.length} {result.imported.length === 1 ? 'record' : 'records'}
            {result.rejected.length > 0 && `; ${result.rejected.length} rows were left out`}.
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
        </div>
      )}
    </section>
  );
}
