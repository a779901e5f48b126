/**
 * Where the pack reads evidence files from: the vault in the desktop app and CLI, a Map in tests.
 * `null` means the file is not there.
 */
export interface EvidenceSource {
  read(sha256: string): Promise<Uint8Array | null>;
}

/** SHA-256 of some bytes as lower-case hex, with the platform's Web Crypto (Node 20 and browsers). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
