import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../../core/security/csp';
import { createAppProtocolHandler, privilegedSchemes, registerAppProtocol } from '../../../../electron/shell/app-protocol';

const SECRET = 'the secret outside the renderer folder';

describe('the app:// protocol', () => {
  let temp: string;
  let rendererDir: string;
  let secretFile: string;
  let handle: (request: Request) => Promise<Response>;
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'techfolio-protocol-'));
    rendererDir = path.join(temp, 'dist', 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Techfolio</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
    await writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
    await writeFile(path.join(rendererDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // Beside and above the renderer folder: what a traversal would be after.
    secretFile = path.join(temp, 'secret.txt');
    await writeFile(secretFile, SECRET);
    await writeFile(path.join(temp, 'dist', 'secret.txt'), SECRET);
    handle = createAppProtocolHandler(rendererDir);
  });

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('is registered as a standard, secure, fetch-capable scheme, and nothing more', () => {
    expect(privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('installs its handler for the app scheme', async () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol, rendererDir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const installed = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await installed(new Request('app://techfolio/index.html'))).status).toBe(200);
  });

  it.each([
    ['app://techfolio/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Techfolio</title>'],
    ['app://techfolio/', 'text/html; charset=utf-8', '<!doctype html><title>Techfolio</title>'],
    ['app://techfolio/assets/app.js?v=2#x', 'text/javascript; charset=utf-8', 'console.log(1);'],
    ['app://techfolio/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://techfolio/assets/logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
  ])('serves %s as %s with the CSP', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await get('app://techfolio/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://techfolio/../secret.txt',
    'app://techfolio/../../secret.txt',
    'app://techfolio/%2e%2e/secret.txt',
    'app://techfolio/%2e%2e%2fsecret.txt',
    'app://techfolio/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://techfolio/assets%2f..%2f..%2fsecret.txt',
    'app://techfolio/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://techfolio/%252e%252e%252fsecret.txt', // double-encoded: decoded once, so a literal name
    'app://techfolio/..%5csecret.txt',
    'app://techfolio/..%5c..%5csecret.txt',
    'app://techfolio/..\\..\\secret.txt',
    'app://techfolio/assets\\..\\..\\secret.txt',
    'app://techfolio/%00/../secret.txt',
    'app://techfolio/index.html%00.js',
    'app://techfolio/%c0%ae%c0%ae/secret.txt', // overlong UTF-8 dots: not valid UTF-8, refused
    'app://techfolio//etc/passwd',
    'app://techfolio/%2fetc%2fpasswd',
    'app://techfolio/C:%5cWindows%5cwin.ini',
    'app://techfolio/C:/Windows/win.ini',
  ])('refuses the traversal %s with a 404 and the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses an absolute path to a real file outside the folder', async () => {
    for (const url of [`app://techfolio/${encodeURIComponent(secretFile)}`, `app://techfolio/${secretFile}`]) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(SECRET);
    }
  });

  it('answers 404 for a missing file, a folder, and another host', async () => {
    for (const url of ['app://techfolio/missing.js', 'app://techfolio/assets', 'app://techfolio/assets/', 'app://evil/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://techfolio/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });
});
