import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './api-context';

export const frameworksKey = ['frameworks'] as const;
export const frameworkKey = (id: string) => ['framework', id] as const;
export const coverageKey = (id: string) => ['coverage', id] as const;
export const profileKey = ['profile'] as const;

export function useFrameworkList() {
  const api = useApi();
  return useQuery({ queryKey: frameworksKey, queryFn: () => api.listFrameworks() });
}

export function useFramework(id: string | undefined) {
  const api = useApi();
  return useQuery({ queryKey: frameworkKey(id ?? ''), queryFn: () => api.getFramework(id ?? ''), enabled: Boolean(id) });
}

export function useCoverage(id: string | undefined) {
  const api = useApi();
  return useQuery({ queryKey: coverageKey(id ?? ''), queryFn: () => api.getCoverage(id ?? ''), enabled: Boolean(id) });
}

export function useProfile() {
  const api = useApi();
  return useQuery({ queryKey: profileKey, queryFn: () => api.getProfile() });
}

/** A framework's wording or list changed: everything that shows it reloads. */
export function useFrameworkInvalidation() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: frameworksKey }),
      queryClient.invalidateQueries({ queryKey: ['framework'] }),
      queryClient.invalidateQueries({ queryKey: ['coverage'] }),
    ]);
}
