import { z } from 'zod';
import { RecordId } from '../../model/ids';
import type { MethodSchema } from './method-schema';

/**
 * The largest evidence file the UI reads back for a thumbnail or preview. Files up to the vault's
 * limit are kept, but sending one this big as base64 in one answer would freeze the window.
 */
export const MAX_PREVIEW_BYTES = 25 * 1024 * 1024;

export const EvidenceFileBytes = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  dataBase64: z.string(),
});
export type EvidenceFileBytes = z.infer<typeof EvidenceFileBytes>;

export const uiEvidenceMethods = {
  /** The bytes of a kept evidence file, for thumbnails and previews; refused over MAX_PREVIEW_BYTES. */
  readEvidenceFile: { args: z.tuple([RecordId]), result: EvidenceFileBytes },
} satisfies Record<string, MethodSchema>;
