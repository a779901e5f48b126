import { useEffect, useState } from 'react';
import { ACTIVITY_KIND_SHORT } from '../../../core/commitment/activity-labels';
import type { ActivityKind } from '../../../core/model/commitment';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link } from 'wouter';
import type { EvidenceItem } from '../../../core/model/evidence';
import { formatUkDate } from '../../../core/format/uk-date';
import { useApi } from '../../api/api-context';
import { base64ToBytes } from '../../api/base64';
import { useFrameworkList } from '../../api/use-frameworks';
import { useEvidenceUsage } from '../../api/use-evidence';
import { formatBytes } from '../../../core/format/bytes';
import { evidenceDisplay } from './evidence-display';
import { openPdf } from './pdf-render';

/** Enough pages to read a certificate or a short report; longer files are opened from the pack. */
const MAX_PREVIEW_PAGES = 30;
const PAGE_WIDTH = 760;

type Loaded = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; urls: string[]; pageCount: number };

/** The file drawn as images (an image itself, or a PDF's pages); object URLs are released on close. */
function useDrawnFile(item: EvidenceItem): Loaded {
  const api = useApi();
  const display = evidenceDisplay(item);
  const [state, setState] = useState<Loaded>({ status: 'idle' });
  useEffect(() => {
    if (display !== 'image' && display !== 'pdf') return;
    let live = true;
    const urls: string[] = [];
    setState({ status: 'loading' });
    (async () => {
      const file = await api.readEvidenceFile(item.id);
      const bytes = base64ToBytes(file.dataBase64);
      if (display === 'image') {
        urls.push(URL.createObjectURL(new Blob([bytes], { type: file.mediaType })));
        if (live) setState({ status: 'ready', urls: [...urls], pageCount: 1 });
        return;
      }
      const pdf = await openPdf(bytes);
      try {
        const count = Math.min(pdf.pageCount, MAX_PREVIEW_PAGES);
        for (let page = 1; page <= count && live; page += 1) {
          urls.push(URL.createObjectURL(await pdf.renderPage(page, PAGE_WIDTH)));
          if (live) setState({ status: 'ready', urls: [...urls], pageCount: pdf.pageCount });
        }
      } finally {
        await pdf.close();
      }
    })().catch((error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [api, item.id, display]);
  return state;
}

const usagePath = (kind: 'cpd' | 'qualification' | 'training' | ActivityKind, id: string) =>
  kind === 'cpd' ? `/cpd/${encodeURIComponent(id)}` : kind === 'training' ? '/training' : kind === 'qualification' ? '/profile' : '/recognition';
const usageKind = { cpd: 'CPD record', training: 'Training', qualification: 'Qualification', ...ACTIVITY_KIND_SHORT } as const;

function FileView({ item }: { item: EvidenceItem }) {
  const drawn = useDrawnFile(item);
  const display = evidenceDisplay(item);
  if (item.kind !== 'file') return null;
  if (display === 'file') {
    const inert = item.file.mediaType === 'image/svg+xml' || item.file.mediaType === 'text/html';
    return (
      <p className="card">
        {inert
          ? `${item.file.originalName} can carry scripts, so it is kept but never shown here. It is still listed in your pack.`
          : `${item.file.originalName} cannot be previewed here. It is kept safely and listed in your pack.`}
      </p>
    );
  }
  if (drawn.status !== 'ready' && drawn.status !== 'error') return <p role="status">Drawing the file…</p>;
  if (drawn.status === 'error') return <p role="alert">Could not show the file: {drawn.message}</p>;
  return (
    <div className="preview-pages" role="region" aria-label={`${item.file.originalName}, scrolls`} tabIndex={0}>
      {drawn.urls.map((url, i) => (
        <img key={url} src={url} className="preview-page" alt={display === 'pdf' ? `Page ${i + 1} of ${drawn.pageCount}` : item.title} />
      ))}
      {drawn.pageCount > MAX_PREVIEW_PAGES && <p>Showing the first {MAX_PREVIEW_PAGES} of {drawn.pageCount} pages.</p>}
    </div>
  );
}

export function EvidencePreviewDialog({ item, onClose }: { item: EvidenceItem; onClose: () => void }) {
  const usage = useEvidenceUsage(item.id);
  const frameworks = useFrameworkList();
  const shortName = (id: string) => frameworks.data?.find((f) => f.id === id)?.shortName ?? id;
  const safeUrl = item.kind === 'link' && /^https?:\/\/[^\s]+$/i.test(item.url) ? item.url : null;
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal wide">
        <Dialog className="dialog evidence-preview">
          <Heading slot="title">{item.title}</Heading>
          <p className="muted">
            {formatUkDate(item.date)}
            {item.kind === 'file' && ` · ${item.file.originalName} · ${formatBytes(item.file.size)}`}
          </p>
          {item.description && <p className="pre-wrap">{item.description}</p>}
          {item.kind === 'file' && <FileView item={item} />}
          {item.kind === 'note' && <div className="card pre-wrap">{item.note}</div>}
          {item.kind === 'link' && (
            <div className="card">
              <p>
                Web address: <code className="break">{item.url}</code>
              </p>
              {safeUrl ? (
                // The desktop app hands new windows to the external-link check; it never opens one itself.
                <a className="button" href={safeUrl} target="_blank" rel="noopener noreferrer">
                  Open in your web browser
                </a>
              ) : (
                <p>This address does not start with https:// or http://, so it is not opened.</p>
              )}
            </div>
          )}
          <h3>Mapped to</h3>
          {item.mappings.length === 0 ? (
            <p>No criteria yet. Edit the details to map it.</p>
          ) : (
            <ul className="chip-list">
              {item.mappings.map((m) => (
                <li key={`${m.frameworkId}/${m.code}`}>
                  <Link className="chip" href={`/frameworks/${encodeURIComponent(m.frameworkId)}/${encodeURIComponent(m.code)}`}>
                    {shortName(m.frameworkId)} {m.code}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <h3>Used in</h3>
          {usage.status === 'pending' && <p>Looking for records that cite it…</p>}
          {usage.status === 'error' && <p role="alert">Could not check where it is used: {usage.error.message}</p>}
          {usage.data && usage.data.length === 0 && <p>No record cites it yet.</p>}
          {usage.data && usage.data.length > 0 && (
            <ul>
              {usage.data.map((u) => (
                <li key={`${u.kind}/${u.id}`}>
                  {usageKind[u.kind]}: <Link href={usagePath(u.kind, u.id)}>{u.title}</Link>
                </li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <Button className="button" slot="close">
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
