/**
 * The page's Content Security Policy, the same in the desktop shell and in browser mode:
 * only the app's own origin, no eval, no inline script, no plugins, no framing.
 * `blob:` and `data:` images let evidence thumbnails render without touching the network.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
