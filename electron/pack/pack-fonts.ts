import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FontBytes } from '../../core/pack/pack-document';

/** The bundled DejaVu fonts from assets/fonts (see assets/fonts/README.md). */
export async function readPackFonts(assetsDir: string): Promise<FontBytes> {
  const dir = path.join(assetsDir, 'fonts');
  const [regular, bold] = await Promise.all([readFile(path.join(dir, 'DejaVuSans.ttf')), readFile(path.join(dir, 'DejaVuSans-Bold.ttf'))]);
  return { regular, bold };
}
