import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../../renderer/format/file-size';

describe('formatFileSize', () => {
  it('gives sizes as people read them', () => {
    expect(formatFileSize(900)).toBe('900 bytes');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(25 * 1024 * 1024)).toBe('25 MB');
  });
});
