import { NEVER_RENDERED_MEDIA_TYPES } from '../../../core/evidence/accepted-types';
import type { EvidenceItem } from '../../../core/model/evidence';

/** Image formats every Chromium draws natively; TIFF and HEIC are kept but shown as a file tile. */
const DRAWABLE_IMAGES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/avif']);

/**
 * How an evidence item may be shown. SVG and HTML can carry scripts, so they are always a plain
 * file tile ('file'), never an <img> or a frame, whatever their name says.
 */
export type EvidenceDisplay = 'image' | 'pdf' | 'file' | 'note' | 'link';

export function evidenceDisplay(item: EvidenceItem): EvidenceDisplay {
  if (item.kind !== 'file') return item.kind;
  const type = item.file.mediaType;
  if (NEVER_RENDERED_MEDIA_TYPES.has(type)) return 'file';
  if (DRAWABLE_IMAGES.has(type)) return 'image';
  if (type === 'application/pdf') return 'pdf';
  return 'file';
}

/** A short label for a tile: "PDF", "PNG", "Note", "Link", or the file's extension. */
export function evidenceTypeLabel(item: EvidenceItem): string {
  if (item.kind === 'note') return 'Note';
  if (item.kind === 'link') return 'Link';
  const type = item.file.mediaType;
  if (type === 'application/pdf') return 'PDF';
  if (type === 'image/svg+xml') return 'SVG';
  if (type === 'text/html') return 'HTML';
  if (type.startsWith('image/')) return type.slice('image/'.length).toUpperCase();
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(item.file.originalName)?.[1];
  return ext ? ext.toUpperCase() : 'File';
}
