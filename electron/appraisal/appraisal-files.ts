import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { MadeFile } from '../../core/api/methods/pack';
import type { AppraisalContent } from '../../core/appraisal/appraisal-content';
import type { FontBytes } from '../../core/pack/pack-document';
import { readPackFonts } from '../pack/pack-fonts';
import { writeFileAtomic } from '../services/atomic-write';
import { exportsDir, madeFilePath, safeFileName } from '../services/made-files';
import { PRIVATE_DIR_MODE } from '../services/private-files';

export type AppraisalFormat = 'pdf' | 'docx';

/**
 * Writes the appraisal document to exports/<exportId>.pdf or .docx, as packs are written, so each
 * transport delivers it the same way (save dialog, download, CLI --out). It has no evidence files
 * to render, so it is made in-process rather than in the pack worker.
 */
export class AppraisalFiles {
  private fonts?: Promise<FontBytes>;

  constructor(
    private readonly dataDir: string,
    private readonly assetsDir: string,
  ) {}

  async make(content: AppraisalContent, format: AppraisalFormat): Promise<MadeFile> {
    let bytes: Uint8Array;
    let pages = 1;
    if (format === 'pdf') {
      this.fonts ??= readPackFonts(this.assetsDir);
      // The PDF and Word writers load when a document is first made, not when the portfolio opens.
      const { writeAppraisalPdf } = await import('../../core/appraisal/appraisal-pdf');
      ({ bytes, pages } = await writeAppraisalPdf(content, await this.fonts));
    } else bytes = await (await import('./appraisal-docx')).appraisalDocx(content);
    const exportId = randomUUID();
    await mkdir(exportsDir(this.dataDir), { recursive: true, mode: PRIVATE_DIR_MODE });
    await writeFileAtomic(madeFilePath(this.dataDir, exportId, `.${format}`), bytes);
    const fileName = safeFileName(`Appraisal - ${content.name} - ${content.since} to ${content.date}.${format}`);
    return { exportId, fileName, bytes: bytes.byteLength, pages, findings: [] };
  }
}
