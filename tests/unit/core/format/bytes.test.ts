import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../core/format/bytes';

describe('formatBytes', () => {
  it('gives sizes as people read them', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
  });
});
