import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { findMadeFile } from '../../../../electron/services/made-files';
import { attachment, startHost, type RunningHost } from '../../../../electron/web/host';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

/** A raw request, so tests can send the Host and Origin headers a hostile page would. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, setHost: !options.headers?.Host },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback host', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let host: RunningHost;
  const call = (method: string, args: unknown[], headers: Record<string, string> = {}) =>
    send(host.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
      body: JSON.stringify({ args }),
    });

  beforeEach(async () => {
    temp = await makeTempDir();
    const rendererDir = path.join(temp.dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Techfolio</title>');
    await writeFile(path.join(temp.dir, 'secret.txt'), 'outside the renderer');
    backend = await openTestBackend(path.join(temp.dir, 'data'));
    host = await startHost({ impl: backend.impl, rendererDir, findMadeFile: (id) => findMadeFile(path.join(temp.dir, 'data'), id) });
  });
  afterEach(async () => {
    await host.close();
    await backend.close();
    await temp.remove();
  });

  it('listens on 127.0.0.1 on a free port and opens with a launch code in the fragment, never the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.port).toBeGreaterThan(0);
    expect(host.launchUrl).toMatch(new RegExp(`^${host.url}#launch=[A-Za-z0-9_-]{40,}$`));
    expect(host.launchUrl).not.toContain(host.token);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers API calls that carry the token', async () => {
    const added = await call('addCpd', [{ title: 'Radiation protection', startDate: '2025-09-01', hours: 6 }]);
    expect(added.status).toBe(200);
    expect(JSON.parse(added.body)).toMatchObject({ ok: true, value: { title: 'Radiation protection' } });
    const listed = JSON.parse((await call('listCpd', [])).body);
    expect(listed.value).toHaveLength(1);
  });

  it('refuses API calls without the token, with a wrong token, and with a token of the wrong length', async () => {
    for (const authorization of [undefined, `Bearer ${host.token.slice(0, -1)}x`, 'Bearer short', host.token]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (authorization) headers.Authorization = authorization;
      const res = await send(host.port, { method: 'POST', path: '/api/addCpd', headers, body: JSON.stringify({ args: [{ title: 'x', startDate: '2025-01-01', hours: 1 }] }) });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await backend.api.listCpd()).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the right token', async () => {
    const res = await call('listCpd', [], { Host: `attacker.example:${host.port}` });
    expect(res.status).toBe(403);
    const page = await send(host.port, { path: '/', headers: { Host: 'attacker.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const res = await call('addCpd', [{ title: 'x', startDate: '2025-01-01', hours: 1 }], { Origin: 'https://attacker.example' });
    expect(res.status).toBe(403);
    expect(await backend.api.listCpd()).toEqual([]);
    const own = await call('listCpd', [], { Origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe(200);
  });

  it('refuses non-JSON bodies, GET on the API and unknown methods', async () => {
    const form = await send(host.port, { method: 'POST', path: '/api/listCpd', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'text/plain' }, body: '{"args":[]}' });
    expect(form.status).toBe(415);
    expect((await send(host.port, { path: '/api/listCpd' })).status).toBe(405);
    expect((await call('deleteEverything', [])).status).toBe(404);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await send(host.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Techfolio</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/%00index.html']) {
      const res = await send(host.port, { path: attempt });
      expect(res.status, attempt).toBe(404);
      expect(res.body).not.toContain('outside the renderer');
    }
  });

  describe('made files (browser mode\'s half of saveExport)', () => {
    const exportId = 'a1b2c3d4-0000-4000-8000-000000000001';
    const pdf = Buffer.from('%PDF-1.7\n% a made pack\n%%EOF\n');
    beforeEach(async () => {
      await mkdir(path.join(temp.dir, 'data', 'exports'), { recursive: true });
      await writeFile(path.join(temp.dir, 'data', 'exports', `${exportId}.pdf`), pdf);
    });

    it('answers saveExport with a download path, then serves the file with the token, named for the user', async () => {
      const saved = JSON.parse((await call('saveExport', [exportId, 'RSciTech application - Siân Øvergaard.pdf'])).body);
      expect(saved).toEqual({ ok: true, value: { status: 'download', path: expect.stringMatching(new RegExp(`^exports/${exportId}\\?name=`)) } });
      const res = await send(host.port, { path: `/${saved.value.path}`, headers: { Authorization: `Bearer ${host.token}` } });
      expect(res.status).toBe(200);
      expect(res.body).toBe(pdf.toString());
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(attachment('RSciTech application - Siân Øvergaard.pdf'));
    });

    it('refuses a download without the token or from a foreign host', async () => {
      expect((await send(host.port, { path: `/exports/${exportId}` })).status).toBe(401);
      expect((await send(host.port, { path: `/exports/${exportId}`, headers: { Authorization: `Bearer ${host.token}`, Host: 'attacker.example' } })).status).toBe(403);
    });

    it('finds nothing for unknown ids or ids that try to name another path', async () => {
      for (const id of ['ffffffff-0000-4000-8000-000000000000', '..%2fportfolio', '..%2F..%2Fsecret.txt', 'UPPERCASE-0000']) {
        const res = await send(host.port, { path: `/exports/${id}`, headers: { Authorization: `Bearer ${host.token}` } });
        expect(res.status, id).toBe(404);
      }
      expect(JSON.parse((await call('saveExport', ['ffffffff-0000-4000-8000-000000000000', 'x.pdf'])).body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    });
  });
});
