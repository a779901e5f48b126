/** 1536 → "1.5 KB": sizes as people read them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;
  return `${(kb / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}
