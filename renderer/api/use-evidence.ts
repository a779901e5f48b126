import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TechfolioApi } from '../../core/api/contract';
import { useApi } from './api-context';

export const evidenceKey = ['evidence'] as const;
export const evidenceUsageKey = (id: string) => ['evidence-usage', id] as const;

export function useEvidenceList() {
  const api = useApi();
  return useQuery({ queryKey: evidenceKey, queryFn: () => api.listEvidence() });
}

export function useEvidenceUsage(id: string | null) {
  const api = useApi();
  return useQuery({ queryKey: evidenceUsageKey(id ?? ''), queryFn: () => api.getEvidenceUsage(id ?? ''), enabled: id !== null });
}

/** After any change to evidence: the list, usages and every coverage figure may have moved. */
export function useEvidenceInvalidation() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: evidenceKey }),
      queryClient.invalidateQueries({ queryKey: ['evidence-usage'] }),
      queryClient.invalidateQueries({ queryKey: ['coverage'] }),
    ]);
}

export function useUpdateEvidence() {
  const api = useApi();
  const invalidate = useEvidenceInvalidation();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: Parameters<TechfolioApi['updateEvidence']>[1] }) => api.updateEvidence(id, update),
    onSuccess: invalidate,
  });
}

export function useDeleteEvidence() {
  const api = useApi();
  const invalidate = useEvidenceInvalidation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.deleteEvidence(id),
    // Records that cited it have changed too.
    onSuccess: () => Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: ['cpd'] }), queryClient.invalidateQueries({ queryKey: ['training'] })]),
  });
}
