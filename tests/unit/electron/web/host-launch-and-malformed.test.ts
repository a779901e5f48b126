import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { openInBrowser } from '../../../../electron/web/browser-launch';
import { startHost, type RunningHost } from '../../../../electron/web/host';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser mode: the launch code and malformed requests', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let host: RunningHost;
  const internalErrors: unknown[] = [];
  const exchange = (code: string) =>
    send(host.port, { method: 'POST', path: '/launch', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });

  beforeEach(async () => {
    temp = await makeTempDir();
    const rendererDir = path.join(temp.dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Techfolio</title>');
    backend = await openTestBackend(path.join(temp.dir, 'data'));
    internalErrors.length = 0;
    host = await startHost({ impl: backend.impl, rendererDir, onInternalError: (error) => internalErrors.push(error) });
  });
  afterEach(async () => {
    await host.close();
    await backend.close();
    await temp.remove();
  });

  it('opens the browser with a process whose arguments hold the launch code and never the token; the code is traded once', async () => {
    const seen: string[][] = [];
    // The opener starts a real process, as the `open` package does; its arguments are what `ps` shows every user.
    const opener = async (address: string) => {
      const { stdout } = await promisify(execFile)(process.execPath, ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', address]);
      seen.push(JSON.parse(stdout) as string[]);
    };
    expect(await openInBrowser(host, opener)).toBe(true);
    expect(seen).toHaveLength(1);
    const args = seen[0]!.join(' ');
    expect(args).toContain(host.launchUrl);
    expect(args).not.toContain(host.token);

    const code = /#launch=([A-Za-z0-9_-]+)$/.exec(seen[0]!.at(-1)!)![1]!;
    const first = await exchange(code);
    expect(first.status).toBe(200);
    const token = (JSON.parse(first.body) as { value: { token: string } }).value.token;
    expect(token).toBe(host.token);
    // The token it gives works for the API as a bearer token, as the browser client sends it.
    const listed = await send(host.port, { method: 'POST', path: '/api/listCpd', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{"args":[]}' });
    expect(JSON.parse(listed.body)).toEqual({ ok: true, value: [] });

    const second = await exchange(code);
    expect(second.status).toBe(403);
    expect(second.body).not.toContain(host.token);
    expect(JSON.parse(second.body).error.message).toMatch(/already been used/);
  });

  it('refuses a wrong launch code, and the right one afterwards still works once', async () => {
    const code = host.launchUrl.split('#launch=')[1]!;
    for (const wrong of [`${code.slice(0, -1)}x`, '', 'short']) expect((await exchange(wrong)).status).toBe(403);
    expect((await send(host.port, { method: 'GET', path: '/launch' })).status).toBe(405);
    expect((await exchange(code)).status).toBe(200);
    expect((await exchange(code)).status).toBe(403);
  });

  it('answers bad %-escapes, over-long paths and bad JSON with 400 and a short message, and reports no fault', async () => {
    const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` };
    const attempts = [
      send(host.port, { method: 'POST', path: '/api/list%E0%A4%A', headers: auth, body: '{"args":[]}' }),
      send(host.port, { method: 'POST', path: '/api/%', headers: auth, body: '{"args":[]}' }),
      send(host.port, { path: '/exports/%zz', headers: { Authorization: `Bearer ${host.token}` } }),
      send(host.port, { path: '/assets/%C0%AF.js' }),
      send(host.port, { path: `/${'a'.repeat(5000)}` }),
      send(host.port, { method: 'POST', path: '/api/listCpd', headers: auth, body: '{"args": [' }),
      send(host.port, { method: 'POST', path: '/launch', headers: { 'Content-Type': 'application/json' }, body: 'not json' }),
    ];
    for (const [index, res] of (await Promise.all(attempts)).entries()) {
      expect(res.status, `attempt ${index}`).toBe(400);
      const body = JSON.parse(res.body) as { ok: boolean; error: { code: string; message: string } };
      expect(body).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(body.error.message.length).toBeLessThan(120);
      expect(res.body).not.toMatch(/ at |\.ts:|node:internal/);
    }
    expect(internalErrors).toEqual([]);
  });
});
