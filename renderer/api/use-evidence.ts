import { useMutation } from '@tanstack/react-query';
import type { TechfolioApi } from '../../core/api/contract';
import { useApi } from './api-context';
import { useApiQuery } from './queries';

export function useEvidenceList() {
  return useApiQuery('listEvidence', []);
}

export function useEvidenceUsage(id: string | null) {
  return useApiQuery('getEvidenceUsage', [id ?? ''], { enabled: id !== null });
}

// Refreshing after these is declared with the methods (core/api/methods), not decided here.
export function useUpdateEvidence() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: Parameters<TechfolioApi['updateEvidence']>[1] }) => api.updateEvidence(id, update),
  });
}

export function useDeleteEvidence() {
  const api = useApi();
  return useMutation({ mutationFn: (id: string) => api.deleteEvidence(id) });
}
