import { describe, expect, it, vi } from 'vitest';
import { EvidenceItem } from '../../../../../core/model/evidence';
import { createThumbnailCache, THUMBNAIL_WIDTH } from '../../../../../renderer/screens/evidence/thumbnail-cache';

const STAMP = '2025-06-01T09:00:00.000Z';
const item = (id: string, sha: string, mediaType: string) =>
  EvidenceItem.parse({ kind: 'file', id, title: id, date: '2025-06-01', createdAt: STAMP, updatedAt: STAMP, file: { sha256: sha.repeat(64), size: 4, mediaType, originalName: id } });

describe('createThumbnailCache', () => {
  it('reads and draws each file content once, however many items or looks share it', async () => {
    const readFile = vi.fn(async () => ({ mediaType: 'application/pdf', dataBase64: btoa('%PDF') }));
    const renderPdf = vi.fn(async () => new Blob(['png'], { type: 'image/png' }));
    const cache = createThumbnailCache(readFile, renderPdf);
    const first = item('evidence-0001', 'a', 'application/pdf');
    const sameContent = item('evidence-0002', 'a', 'application/pdf');
    const [url1, url2, url3] = await Promise.all([cache.get(first), cache.get(first), cache.get(sameContent)]);
    expect(url1).toMatch(/^blob:/);
    expect(new Set([url1, url2, url3]).size).toBe(1);
    expect(readFile).toHaveBeenCalledTimes(1);
    expect(renderPdf).toHaveBeenCalledWith(new Uint8Array([37, 80, 68, 70]), THUMBNAIL_WIDTH);
  });

  it('uses an image’s own bytes and never reads an SVG', async () => {
    const readFile = vi.fn(async () => ({ mediaType: 'image/png', dataBase64: btoa('png') }));
    const renderPdf = vi.fn();
    const cache = createThumbnailCache(readFile, renderPdf);
    expect(cache.get(item('evidence-0003', 'c', 'image/svg+xml'))).toBeNull();
    await cache.get(item('evidence-0004', 'd', 'image/png'));
    expect(readFile).toHaveBeenCalledTimes(1);
    expect(renderPdf).not.toHaveBeenCalled();
  });

  it('forgets a failed read so the next look tries again', async () => {
    const readFile = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue({ mediaType: 'image/png', dataBase64: btoa('png') });
    const cache = createThumbnailCache(readFile, vi.fn());
    const photo = item('evidence-0005', 'e', 'image/png');
    await expect(cache.get(photo)).rejects.toThrow('busy');
    await expect(cache.get(photo)).resolves.toMatch(/^blob:/);
    expect(readFile).toHaveBeenCalledTimes(2);
  });
});
