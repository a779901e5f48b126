import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { MadeFile } from '../../core/api/methods/pack';
import type { FontBytes } from '../../core/pack/pack-document';
import type { PathwaySummaryInput } from '../../core/pathway/pathway-summary';
import { exportsDir, madeFilePath, safeFileName } from '../services/made-files';
import { readPackFonts } from '../pack/pack-fonts';
import { writeFileAtomic } from '../services/atomic-write';
import { PRIVATE_DIR_MODE } from '../services/private-files';

/**
 * Writes the one-page pathway summary to exports/<exportId>.pdf, as packs are written, so each
 * transport delivers it the same way (save dialog, download, CLI --out). One page is quick to lay
 * out, so it is made in-process rather than in the pack worker.
 */
export class PathwaySummaryFiles {
  private fonts?: Promise<FontBytes>;

  constructor(
    private readonly dataDir: string,
    private readonly assetsDir: string,
  ) {}

  async make(input: Omit<PathwaySummaryInput, 'fonts'>): Promise<MadeFile> {
    this.fonts ??= readPackFonts(this.assetsDir);
    // The PDF writer loads when a summary is first made, not when the portfolio opens.
    const { writePathwaySummary } = await import('../../core/pathway/pathway-summary');
    const { bytes, pages } = await writePathwaySummary({ ...input, fonts: await this.fonts });
    const exportId = randomUUID();
    await mkdir(exportsDir(this.dataDir), { recursive: true, mode: PRIVATE_DIR_MODE });
    await writeFileAtomic(madeFilePath(this.dataDir, exportId, '.pdf'), bytes);
    const fileName = safeFileName(`Development summary - ${input.view.shortName} - ${input.portfolio.profile.name || 'portfolio'} - ${input.date}.pdf`);
    return { exportId, fileName, bytes: bytes.byteLength, pages, findings: [] };
  }
}
