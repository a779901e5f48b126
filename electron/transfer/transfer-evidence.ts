/**
 * What archive export and restore need from the evidence vault: where a kept file is, and a way to
 * take in a file already checked against its SHA-256. Kept this small so the vault can change.
 */
export interface TransferEvidence {
  /** The absolute path of the file with this hash, or null when the vault does not hold it. */
  pathOf(sha256: string): Promise<string | null>;
  /** Takes in a staged file whose content is known to hash to sha256; an identical file already kept is left as it is. */
  adopt(sha256: string, stagedPath: string): Promise<void>;
}
