import { useCallback, useState } from 'react';
import { useApi } from '../../api/api-context';

export interface CriterionRef {
  frameworkId: string;
  code: string;
}

/**
 * Suggestions dismissed while a new record has no id yet: left out of the suggestions at once, and
 * remembered in the portfolio (dismissSuggestion) once the record is saved and has one.
 */
export function usePendingDismissals() {
  const api = useApi();
  const [pending, setPending] = useState<CriterionRef[]>([]);
  const add = useCallback((ref: CriterionRef) => setPending((list) => [...list, ref]), []);
  const rememberFor = useCallback(
    async (itemId: string) => {
      for (const ref of pending) {
        try {
          await api.dismissSuggestion({ ...ref, itemKind: 'cpd', itemId });
        } catch {
          // The record itself is saved; a dismissal not kept only means the suggestion may come back.
        }
      }
    },
    [api, pending],
  );
  return { pending, add, rememberFor };
}

export type PendingDismissals = ReturnType<typeof usePendingDismissals>;
