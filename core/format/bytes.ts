/** 1536 → "1.5 KB": file sizes as people read them, the same on screen, in the PDFs and at the command line. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;
  return `${(kb / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}
