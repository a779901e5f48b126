/** Saves text as a file through the browser's own download (a save dialog in the desktop app). */
export function downloadText(text: string, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
