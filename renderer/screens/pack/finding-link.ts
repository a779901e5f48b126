import type { FindingTarget } from '../../../core/pack/pack-options';

/** The screen where a preflight finding can be fixed, or null when it is fixed here on the pack screen. */
export function findingHref(target: FindingTarget): string | null {
  const enc = encodeURIComponent;
  switch (target.screen) {
    case 'statement':
      return target.frameworkId && target.code ? `/frameworks/${enc(target.frameworkId)}/${enc(target.code)}` : '/frameworks';
    case 'evidence':
      return '/evidence';
    case 'cpd':
      return target.id ? `/cpd/${enc(target.id)}` : '/cpd';
    case 'training':
      return '/training';
    case 'profile':
    case 'employment':
    case 'qualifications':
    case 'supporters':
      return '/profile';
    case 'pack':
      return null;
  }
}
