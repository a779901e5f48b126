import { useApiQuery } from './queries';

export function useFrameworkList() {
  return useApiQuery('listFrameworks', []);
}

export function useFramework(id: string | undefined) {
  return useApiQuery('getFramework', [id ?? ''], { enabled: Boolean(id) });
}

export function useCoverage(id: string | undefined) {
  return useApiQuery('getCoverage', [id ?? ''], { enabled: Boolean(id) });
}

export function useProfile() {
  return useApiQuery('getProfile', []);
}
