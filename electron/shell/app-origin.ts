/**
 * The app's own origin. The renderer is served from it by the app:// protocol, and only frames on
 * it may navigate, call the API, or stay loaded.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'techfolio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for a well-formed URL on the app's origin. Node's URL gives a custom scheme an opaque origin
 * ("null"), where Chromium treats it as standard, so the parts are compared instead of `.origin`.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST && // host includes any port, so app://techfolio:1 is someone else
    parsed.username === '' &&
    parsed.password === ''
  );
}
