import type { EvidenceItem } from '../../../core/model/evidence';
import { base64ToBytes } from '../../api/base64';
import { evidenceDisplay } from './evidence-display';

export type ReadFile = (id: string) => Promise<{ mediaType: string; dataBase64: string }>;
export type RenderPdfFirstPage = (bytes: Uint8Array, width: number) => Promise<Blob>;

export const THUMBNAIL_WIDTH = 160;

/**
 * Thumbnail object URLs, one per file content (SHA-256), kept for the life of the window so
 * scrolling back and forth never re-reads or re-draws a file. A failure is not cached: the next
 * look tries again.
 */
export function createThumbnailCache(readFile: ReadFile, renderPdf: RenderPdfFirstPage) {
  const cache = new Map<string, Promise<string>>();
  return {
    get(item: EvidenceItem): Promise<string> | null {
      if (item.kind !== 'file') return null;
      const display = evidenceDisplay(item);
      if (display !== 'image' && display !== 'pdf') return null;
      const key = item.file.sha256;
      let url = cache.get(key);
      if (!url) {
        url = (async () => {
          const file = await readFile(item.id);
          const bytes = base64ToBytes(file.dataBase64);
          const blob = display === 'pdf' ? await renderPdf(bytes, THUMBNAIL_WIDTH) : new Blob([bytes], { type: file.mediaType });
          return URL.createObjectURL(blob);
        })();
        cache.set(key, url);
        url.catch(() => cache.delete(key));
      }
      return url;
    },
    get size() {
      return cache.size;
    },
  };
}
export type ThumbnailCache = ReturnType<typeof createThumbnailCache>;
