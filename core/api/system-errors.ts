/**
 * What to tell the user when the operating system refuses a write: the disk is full, or the folder
 * is read-only or not theirs. Recognised by the error's code (no Node import, so core stays pure).
 */
export function systemErrorMessage(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, path } = error as { code?: unknown; path?: unknown };
  const where = typeof path === 'string' ? ` (${path})` : '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Techfolio could not save because the disk is full${where}. Free some space, then try again. Everything saved before this is safe.`;
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return `Techfolio could not write to the portfolio folder${where}: it is read-only, you do not have permission to change it, or another program is holding the file. Check the folder, then try again. Everything saved before this is safe.`;
    default:
      return null;
  }
}
