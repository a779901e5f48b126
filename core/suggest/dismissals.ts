import { z } from 'zod';
import { MappedItemKind } from '../coverage/schema';
import { Timestamp } from '../model/dates';

/**
 * "This record does not show this criterion": kept in the portfolio so a dismissed suggestion is
 * not offered again, for the record (Suggested criteria) or for the criterion (Examples you could use).
 */
export const SuggestionDismissalInput = z.object({
  frameworkId: z.string().min(1).max(100),
  code: z.string().min(1).max(40),
  itemKind: MappedItemKind,
  itemId: z.string().min(1).max(100),
});
export type SuggestionDismissalInput = z.infer<typeof SuggestionDismissalInput>;

export const SuggestionDismissal = SuggestionDismissalInput.extend({ dismissedAt: Timestamp });
export type SuggestionDismissal = z.infer<typeof SuggestionDismissal>;
