import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { TechfolioApi } from '../../../core/api/contract';
import { useApi } from '../../api/api-context';
import { openPdf } from './pdf-render';
import { createThumbnailCache, type ThumbnailCache } from './thumbnail-cache';

/** Draws the first page only; pdf.js is loaded on the first call. */
async function renderFirstPage(bytes: Uint8Array, width: number): Promise<Blob> {
  const pdf = await openPdf(bytes);
  try {
    return await pdf.renderPage(1, width);
  } finally {
    await pdf.close();
  }
}

const ThumbnailContext = createContext<ThumbnailCache | null>(null);
// One cache per backend connection (one per window), kept across visits to the screen.
const caches = new WeakMap<TechfolioApi, ThumbnailCache>();

export function ThumbnailProvider({ cache, children }: { cache?: ThumbnailCache; children: ReactNode }) {
  const api = useApi();
  const value = useMemo(() => {
    if (cache) return cache;
    let shared = caches.get(api);
    if (!shared) {
      shared = createThumbnailCache((id) => api.readEvidenceFile(id), renderFirstPage);
      caches.set(api, shared);
    }
    return shared;
  }, [api, cache]);
  return <ThumbnailContext.Provider value={value}>{children}</ThumbnailContext.Provider>;
}

export function useThumbnailCache(): ThumbnailCache {
  const cache = useContext(ThumbnailContext);
  if (!cache) throw new Error('useThumbnailCache must be used inside <ThumbnailProvider>.');
  return cache;
}
