import { useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { formatUkDate } from '../../../core/format/uk-date';
import type { EvidenceItem } from '../../../core/model/evidence';
import { useApiQuery } from '../../api/queries';
import { useFrameworkList } from '../../api/use-frameworks';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useDeleteEvidence, useEvidenceList } from '../../api/use-evidence';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataState } from '../../components/DataState';
import { notify } from '../../components/notices';
import { PageHeader } from '../../components/PageHeader';
import { AddEvidenceFiles } from '../../components/AddEvidenceFiles';
import { formatBytes } from '../../../core/format/bytes';
import { AddTextEvidenceDialog } from './AddTextEvidenceDialog';
import { DraftsFromFiles, useDraftsFromFiles } from './DraftsFromFiles';
import { EvidenceDetailsDialog } from './EvidenceDetailsDialog';
import { EvidencePreviewDialog } from './EvidencePreviewDialog';
import { EvidenceThumbnail } from './EvidenceThumbnail';
import { evidenceTypeLabel } from './evidence-display';
import { ThumbnailProvider } from './thumbnail-context';
import '../../styles/evidence.css';

type Open =
  | { kind: 'preview' | 'edit' | 'delete'; item: EvidenceItem }
  | { kind: 'describe'; item: EvidenceItem }
  | { kind: 'add-note' | 'add-link' }
  | null;

const newestFirst = (a: EvidenceItem, b: EvidenceItem) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Every certificate, photo, document, note and link, with where each is used. */
export function EvidenceScreen() {
  const evidence = useEvidenceList();
  const remove = useDeleteEvidence();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const allItems = [...(evidence.data ?? [])].sort(newestFirst);
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query.trim(), 250);
  const search = useApiQuery('searchEvidence', [settled], { enabled: settled !== '' });
  const matches = settled !== '' && search.data ? new Map(search.data.map((m) => [m.evidenceId, m])) : null;
  const items = matches ? allItems.filter((item) => matches.has(item.id)) : allItems;
  const drafts = useDraftsFromFiles();
  const frameworks = useFrameworkList();
  const shortNames = new Map((frameworks.data ?? []).map((f) => [f.id, f.shortName]));
  // "RSciTech A1, B2": codes alone are ambiguous between frameworks.
  const mappedText = (item: EvidenceItem) => item.mappings.map((m) => `${shortNames.get(m.frameworkId) ?? m.frameworkId} ${m.code}`).join(', ');

  return (
    <ThumbnailProvider>
      <div className="screen evidence-screen">
        <PageHeader
          title="Evidence"
          description="Certificates, photos, documents, notes and links that show what you can do."
          actions={
            <>
              <Button className="button" onPress={() => setOpen({ kind: 'add-note' })}>
                Add a note
              </Button>
              <Button className="button" onPress={() => setOpen({ kind: 'add-link' })}>
                Add a link
              </Button>
            </>
          }
        />
        <AddEvidenceFiles
          onAdded={(added) => {
            // With drafts chosen, each file is reviewed in its draft; otherwise one file goes straight on to describing it and mapping it to criteria.
            if (drafts.on) void drafts.draftFor(added);
            else if (added.length === 1 && added[0]) setOpen({ kind: 'describe', item: added[0] });
          }}
        />
        <DraftsFromFiles on={drafts.on} setOn={drafts.setOn} busy={drafts.busy} result={drafts.result} />
        {allItems.length > 0 && (
          <section role="search" className="card filters" aria-label="Search evidence">
            <SearchField className="field filters-search" value={query} onChange={setQuery}>
              <Label className="field-label">Search evidence</Label>
              <Input className="input" placeholder="Words in titles, descriptions or the files themselves…" />
            </SearchField>
            <p role="status" className="muted">
              {matches ? `${items.length} ${items.length === 1 ? 'item holds' : 'items hold'} “${settled}”.` : ''}
            </p>
          </section>
        )}
        <DataState
          query={evidence}
          what="your evidence"
          isEmpty={items.length === 0}
          empty={matches ? <p>No evidence holds those words. Certificates added in the last moments may still be being read.</p> : <p>No evidence yet. Drop a certificate above, or add a note or a link.</p>}
        >
          <h2 className="visually-hidden">Your evidence</h2>
          <ul className="evidence-grid" aria-label={`Evidence, ${items.length} ${items.length === 1 ? 'item' : 'items'}`}>
            {items.map((item) => (
              <li key={item.id} className="evidence-tile card">
                <EvidenceThumbnail item={item} />
                <div className="evidence-tile-text">
                  <h3 className="evidence-title">{item.title}</h3>
                  <p className="muted">
                    {evidenceTypeLabel(item)} · {formatUkDate(item.date)}
                    {item.kind === 'file' && ` · ${formatBytes(item.file.size)}`}
                    {item.pages && ` · pages ${item.pages}`}
                  </p>
                  {matches?.get(item.id)?.snippet && (
                    <p className="evidence-snippet">
                      <span className="muted">In its {matches.get(item.id)?.where}: </span>
                      {matches.get(item.id)?.snippet}
                    </p>
                  )}
                  <p className="muted">
                    {item.mappings.length === 0
                      ? 'Not mapped to any criteria'
                      : `Mapped to ${mappedText(item)}`}
                  </p>
                </div>
                <div className="evidence-tile-actions">
                  <Button className="button small" aria-label={`Preview ${item.title}`} onPress={() => setOpen({ kind: 'preview', item })}>
                    Preview
                  </Button>
                  <Button className="button small" aria-label={`Edit ${item.title}`} onPress={() => setOpen({ kind: 'edit', item })}>
                    Edit
                  </Button>
                  <Button className="button small quiet" aria-label={`Delete ${item.title}`} onPress={() => setOpen({ kind: 'delete', item })}>
                    Delete
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </DataState>
        {open?.kind === 'preview' && <EvidencePreviewDialog item={open.item} onClose={close} />}
        {open?.kind === 'edit' && <EvidenceDetailsDialog item={open.item} onClose={close} />}
        {open?.kind === 'describe' && <EvidenceDetailsDialog item={open.item} heading={`Describe “${open.item.title}”`} onClose={close} />}
        {(open?.kind === 'add-note' || open?.kind === 'add-link') && (
          <AddTextEvidenceDialog kind={open.kind === 'add-note' ? 'note' : 'link'} onClose={close} />
        )}
        {open?.kind === 'delete' && (
          <ConfirmDialog
            isOpen
            title={`Delete “${open.item.title}”?`}
            confirmLabel="Delete evidence"
            onCancel={close}
            onConfirm={() => {
              const { item } = open;
              close();
              remove.mutate(item.id, {
                onSuccess: () => notify(`Deleted “${item.title}”. Records that cited it no longer do.`),
                onError: (error) => notify(`Could not delete: ${error.message}`, 'error'),
              });
            }}
          >
            <p>It is removed from every record that cites it. A file nothing else uses is kept in the trash folder for 30 days.</p>
          </ConfirmDialog>
        )}
      </div>
    </ThumbnailProvider>
  );
}
