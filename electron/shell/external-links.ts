/** Hands a URL to the operating system; `shell.openExternal` in the app. */
export type ExternalOpener = (url: string) => Promise<void>;

/** Longer than any link a person would follow, short enough that nothing is smuggled in one. */
const MAX_URL_LENGTH = 2048;

/**
 * Only ordinary web links leave the app: http or https, with a host and no embedded credentials.
 * file:, smb:, javascript: and custom schemes can run programs or reach the disk, so they never go.
 */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Opens a web link in the user's browser if it is safe to, and says whether it did. The opener
 * receives the parsed, normalised form, never the raw string.
 */
export function openExternalUrl(
  url: unknown,
  opener: ExternalOpener,
  onError: (error: unknown) => void = (error) => console.error('Could not open link:', error),
): boolean {
  if (!isSafeExternalUrl(url)) return false;
  opener(new URL(url).href).catch(onError);
  return true;
}
