import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { dispatch } from '../../core/api/dispatch';
import type { Envelope } from '../../core/api/errors';
import { MAX_EVIDENCE_REQUEST_BYTES } from '../../core/evidence/limits';
import { contentSecurityPolicy } from '../../core/security/csp';
import { safeFileName } from '../services/made-files';
import { readRendererFile } from './renderer-files';

export const API_PREFIX = '/api/';
export const EXPORTS_PREFIX = '/exports/';
/** Where the page trades the one-time launch code for the session token. */
export const LAUNCH_PATH = '/launch';
/** No address the app uses comes near this; a longer one is refused before it is parsed. */
export const MAX_PATH_LENGTH = 2048;
/** Evidence files travel base64-encoded in request bodies; anything larger is refused before it is read. */
export const MAX_BODY_BYTES = MAX_EVIDENCE_REQUEST_BYTES;

export interface HostOptions {
  impl: TechfolioApiImpl;
  /** Finds a made file (pack, summary, archive) for download; browser mode's half of saveExport. */
  findMadeFile?: (exportId: string) => Promise<{ path: string; mediaType: string; size: number } | null>;
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  token?: string;
  /** For tests: the one-time launch code (random by default). */
  launchCode?: string;
  onInternalError?: (error: unknown) => void;
}

export interface RunningHost {
  url: string;
  /**
   * The address to open in a browser. It carries a one-time launch code, never the token: the
   * address is passed to the browser on its command line, which every account can read (`ps`).
   * The page trades the code once for the token (POST /launch); a second trade is refused.
   */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'forbidden', message } });
}

/** Content-Disposition for a download: an ASCII fallback name plus the exact UTF-8 one (RFC 6266). */
export function attachment(fileName: string): string {
  const name = safeFileName(fileName);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function secretMatches(given: string, secret: string): boolean {
  const presented = Buffer.from(given);
  const expected = Buffer.from(secret);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  return secretMatches(header?.startsWith('Bearer ') ? header.slice(7) : '', token);
}

/** A request the host cannot make sense of: answered 400 with a short reason, never logged as a fault. */
class MalformedRequest extends Error {}

/** decodeURIComponent, with a malformed %-escape reported as the client's mistake. */
function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new MalformedRequest('The address has a malformed %-escape.');
  }
}

async function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Browser mode: serves the built renderer and the API on 127.0.0.1 only. Every API call needs
 * the per-launch token; every request must name this host in Host (and Origin, when sent), which
 * stops DNS-rebinding pages from reaching it through a name that resolves to loopback.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const launchCode = options.launchCode ?? randomBytes(32).toString('base64url');
  let launchCodeUsed = false;
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (error instanceof MalformedRequest) {
        if (!res.headersSent) return sendJson(res, 400, { ok: false, error: { code: 'validation', message: error.message } });
        return void res.destroy();
      }
      options.onInternalError?.(error);
      if (!res.headersSent) refuse(res, 500, 'The host could not answer that request.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) return refuse(res, 403, 'This Techfolio host answers only on its own loopback address.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return refuse(res, 403, 'Requests from other sites are refused.');
    }
    const target = req.url ?? '/';
    if (target.length > MAX_PATH_LENGTH) throw new MalformedRequest(`The address is longer than ${MAX_PATH_LENGTH} characters.`);
    // Only a path is expected here; anything URL cannot read (or that names another host) is refused.
    if (!target.startsWith('/') || target.startsWith('//')) throw new MalformedRequest('The address is not a path on this host.');
    let url: URL;
    try {
      url = new URL(target, `http://${host}`);
    } catch {
      throw new MalformedRequest('The address cannot be read.');
    }

    if (url.pathname === LAUNCH_PATH) {
      if (req.method !== 'POST') return refuse(res, 405, 'The launch code is exchanged with POST.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'The launch code is sent as JSON.');
      const body = await readBody(req, 4096);
      if (body === 'too-large') return sendJson(res, 413, { ok: false, error: { code: 'refused', message: 'That request is too large.' } });
      let code: unknown;
      try {
        code = (JSON.parse(body.toString('utf8')) as { code?: unknown } | null)?.code;
      } catch {
        throw new MalformedRequest('The request body is not valid JSON.');
      }
      if (typeof code !== 'string' || launchCodeUsed || !secretMatches(code, launchCode)) {
        return refuse(res, 403, 'This launch address has already been used or is not valid. Use the tab Techfolio opened, or stop Techfolio and start it again for a new address.');
      }
      launchCodeUsed = true;
      return sendJson(res, 200, { ok: true, value: { token } });
    }

    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return refuse(res, 405, 'API calls use POST.');
      if (!tokenMatches(req.headers.authorization, token)) {
        return refuse(res, 401, 'This call needs the token from the address Techfolio printed when it started.');
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, 'API calls send JSON.');
      }
      const body = await readBody(req);
      if (body === 'too-large') {
        return sendJson(res, 413, { ok: false, error: { code: 'refused', message: `That request is larger than ${Math.round(MAX_BODY_BYTES / 1024 / 1024)} MB.` } });
      }
      let args: unknown;
      try {
        args = (JSON.parse(body.toString('utf8')) as { args?: unknown }).args;
      } catch {
        throw new MalformedRequest('The request body is not valid JSON.');
      }
      const method = decodePathPart(url.pathname.slice(API_PREFIX.length));
      const envelope = await dispatch(options.impl, method, args, options.onInternalError);
      return sendJson(res, envelope.ok ? 200 : envelope.error.code === 'unknown-method' ? 404 : 200, envelope);
    }

    if (url.pathname.startsWith(EXPORTS_PREFIX)) {
      if (req.method !== 'GET') return refuse(res, 405, 'Downloads use GET.');
      if (!tokenMatches(req.headers.authorization, token)) {
        return refuse(res, 401, 'This download needs the token from the address Techfolio printed when it started.');
      }
      const exportId = decodePathPart(url.pathname.slice(EXPORTS_PREFIX.length));
      const made = await options.findMadeFile?.(exportId);
      if (!made) return sendJson(res, 404, { ok: false, error: { code: 'not-found', message: 'That file is no longer waiting to be saved. Make it again.' } });
      res.writeHead(200, {
        ...securityHeaders,
        'Content-Type': made.mediaType,
        'Content-Length': made.size,
        'Content-Disposition': attachment(url.searchParams.get('name') ?? path.basename(made.path)),
      });
      await pipeline(createReadStream(made.path), res);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET is served here.');
    decodePathPart(url.pathname);
    const file = await readRendererFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { ...securityHeaders, 'Content-Type': file.type, 'Content-Length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}#launch=${launchCode}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
