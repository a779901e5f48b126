import { z } from 'zod';
import type { MethodSchema } from './method-schema';
import { ExportId } from './pack';

/**
 * How a made file reached the user. Saving differs by transport: the desktop app asks where with
 * a save dialog and copies it there; browser mode answers with a download path on the loopback
 * host (fetched with the same token as every call).
 */
export const SaveOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('download'), path: z.string() }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;

export const madeFileMethods = {
  /** Delivers a made pack, summary or archive under the suggested file name. */
  saveExport: { args: z.tuple([ExportId, z.string().trim().min(1).max(255)]), result: SaveOutcome, changes: ['exports'] },
  /** Removes a made file once delivered; made files left waiting are removed after a week anyway. */
  discardExport: { args: z.tuple([ExportId]), result: z.object({ discarded: z.boolean() }), changes: ['exports'] },
} satisfies Record<string, MethodSchema>;
