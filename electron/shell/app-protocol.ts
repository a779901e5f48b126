import type { CustomScheme, Protocol } from 'electron';
import { contentSecurityPolicy } from '../../core/security/csp';
import { readRendererFile } from '../web/renderer-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Registered before `ready`: standard (so relative URLs and origins work like https), secure
 * (so the page is a secure context), and fetch-capable. Nothing else: no CSP bypass, no service
 * workers, no CORS.
 */
export const privilegedSchemes: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

/** Headers on every response, the refusals included, so no document from this origin lacks the CSP. */
function responseHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // An assignment rather than a literal key, so electronegativity's CSP check recognises it.
  headers['Content-Security-Policy'] = contentSecurityPolicy;
  return headers;
}

function refusal(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...responseHeaders('text/plain; charset=utf-8'), ...extra } });
}

/**
 * Serves the built renderer folder at app://techfolio/. Only GET and HEAD on that host; the path is
 * mapped by the same resolver as the loopback host, which refuses anything that would leave the
 * folder (`..`, `%2e%2e%2f`, backslashes, absolute paths) and anything that is not a regular file.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refusal(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refusal(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed', { Allow: 'GET, HEAD' });

    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file) return refusal(404, 'Not found');
    // A copy into a plain Uint8Array: Response's types take no Buffer, and renderer files are small.
    const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
    return new Response(body, { status: 200, headers: responseHeaders(file.type) });
  };
}

/** Installs the handler on the default session's protocol; call after `ready`. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
