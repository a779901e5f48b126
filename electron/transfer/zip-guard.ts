import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

export interface ZipSizeLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

/**
 * Guards against zip bombs before a library unpacks a zip in memory: declared sizes are checked
 * first, then every entry is inflated and counted (and thrown away) so a size that lies is caught.
 * Returns a reason, or null when the zip is within the limits.
 */
export async function checkZipSizes(bytes: Buffer, limits: ZipSizeLimits): Promise<string | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    return 'it is not a readable zip file';
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return `it holds ${zip.entryCount} files, more than the ${limits.maxEntries} allowed`;
  }
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.uncompressedSize > limits.maxEntryBytes || total + entry.uncompressedSize > limits.maxTotalBytes) {
        return 'it unpacks to far more data than a spreadsheet holds';
      }
      if (entry.fileName.endsWith('/')) continue;
      let counted = 0;
      const stream = await zip.openReadStreamPromise(entry);
      await pipeline(
        stream,
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            counted += chunk.length;
            total += chunk.length;
            done(counted > limits.maxEntryBytes || total > limits.maxTotalBytes ? new Error('too large') : null);
          },
        }),
      );
    }
  } catch {
    return 'it is damaged, or unpacks to more data than it declares';
  } finally {
    zip.close();
  }
  return null;
}
