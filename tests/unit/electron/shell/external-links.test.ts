import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalUrl } from '../../../../electron/shell/external-links';

describe('openExternalUrl', () => {
  it.each([
    ['https://www.example.org/', 'https://www.example.org/'],
    ['http://example.org', 'http://example.org/'],
    ['https://example.org/path?q=a b#frag', 'https://example.org/path?q=a%20b#frag'],
    ['HTTPS://EXAMPLE.ORG/Guide', 'https://example.org/Guide'],
    ['https://[::1]:8443/', 'https://[::1]:8443/'],
    // The opener gets the parsed form, so odd spellings arrive as the plain link they mean.
    ['https:example.org', 'https://example.org/'],
    ['https://@example.org/', 'https://example.org/'],
    [' https://example.org/\n', 'https://example.org/'],
  ])('opens %s (as %s)', (url, normalised) => {
    const opener = vi.fn(async (_url: string) => {});
    expect(openExternalUrl(url, opener)).toBe(true);
    expect(opener).toHaveBeenCalledExactlyOnceWith(normalised);
  });

  it.each([
    'file:///etc/passwd',
    'file://server/share/run.exe',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'app://techfolio/index.html',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    'https://user:password@example.org/', // credentials disguise where a link goes
    'http://',
    '//example.org/path',
    '/relative/path',
    'example.org',
    'not a url',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    const opener = vi.fn(async (_url: string) => {});
    expect(openExternalUrl(url, opener)).toBe(false);
    expect(opener).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 42, { href: 'https://example.org/' }, ['https://example.org/']])('refuses the non-string %j', (url) => {
    const opener = vi.fn(async (_url: string) => {});
    expect(openExternalUrl(url, opener)).toBe(false);
    expect(isSafeExternalUrl(url)).toBe(false);
    expect(opener).not.toHaveBeenCalled();
  });

  it('reports a failing opener instead of throwing', async () => {
    const failure = new Error('no browser');
    const onError = vi.fn();
    expect(openExternalUrl('https://example.org/', () => Promise.reject(failure), onError)).toBe(true);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});
