/** Whether an evidence file is there and still the file that was added (its SHA-256 matches its name). */
export type EvidenceCheck = 'ok' | 'missing' | 'changed';

/**
 * Where the pack reads evidence files from: the vault in the desktop app and CLI, a Map in tests.
 * `read` gives `null` when the file is not there; `check` says whether it is there unchanged,
 * which a source may remember for a file it has already hashed (the vault does), so a pack and
 * its preflight do not each hash hundreds of megabytes of photos.
 */
export interface EvidenceSource {
  read(sha256: string): Promise<Uint8Array | null>;
  check(sha256: string): Promise<EvidenceCheck>;
}

/** check() by reading and hashing the whole file each time: for sources with nothing to remember. */
export async function checkByReading(source: Pick<EvidenceSource, 'read'>, sha256: string): Promise<EvidenceCheck> {
  const bytes = await source.read(sha256);
  if (!bytes) return 'missing';
  return (await sha256Hex(bytes)) === sha256 ? 'ok' : 'changed';
}

/** SHA-256 of some bytes as lower-case hex, with the platform's Web Crypto (Node 20 and browsers). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
