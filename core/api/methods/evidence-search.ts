import { z } from 'zod';
import type { MethodSchema } from './method-schema';

export const EvidenceMatchView = z.object({
  evidenceId: z.string(),
  where: z.enum(['title', 'description', 'note', 'address', 'file name', 'file text']),
  snippet: z.string().optional(),
});

/** Searching evidence by its words, the words read from its files included (cache/evidence-text, part of 'files'). */
export const evidenceSearchMethods = {
  searchEvidence: { args: z.tuple([z.string().max(500)]), result: z.array(EvidenceMatchView), reads: ['evidence', 'files'] },
} satisfies Record<string, MethodSchema>;
