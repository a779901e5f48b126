import { useEffect, useState } from 'react';
import type { EvidenceItem } from '../../../core/model/evidence';
import { evidenceDisplay, evidenceTypeLabel } from './evidence-display';
import { useThumbnailCache } from './thumbnail-context';

/**
 * An image or a PDF's first page, drawn once and cached; anything else (including SVG and HTML,
 * which are never rendered) is a plain tile naming its type.
 */
export function EvidenceThumbnail({ item }: { item: EvidenceItem }) {
  const cache = useThumbnailCache();
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  const display = evidenceDisplay(item);

  useEffect(() => {
    const pending = cache.get(item);
    if (!pending) return;
    let live = true;
    pending.then(
      (url) => live && setState({ url, failed: false }),
      () => live && setState({ url: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [cache, item]);

  if (state.url) return <img className="evidence-thumb" src={state.url} alt="" />;
  return (
    <div className={`evidence-thumb evidence-thumb-generic kind-${display}`} aria-hidden="true">
      <span className="evidence-thumb-label">{evidenceTypeLabel(item)}</span>
      {(display === 'image' || display === 'pdf') && !state.failed && <span className="evidence-thumb-status">Drawing…</span>}
    </div>
  );
}
