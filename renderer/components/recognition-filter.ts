import { ACTIVITY_KINDS, type ActivityKind } from '../../core/model/commitment';

const FILTER_KEY = 'techfolio.recognition.kind';

/** Reads the kind filter kept for this session (the CPD log can set it before linking here). */
export function storedKind(): ActivityKind | '' {
  try {
    const value = sessionStorage.getItem(FILTER_KEY) ?? '';
    return (ACTIVITY_KINDS as readonly string[]).includes(value) ? (value as ActivityKind) : '';
  } catch {
    return '';
  }
}

export function showRecognitionKind(kind: ActivityKind | ''): void {
  try {
    sessionStorage.setItem(FILTER_KEY, kind);
  } catch {
    // A filter is a convenience; losing it is harmless.
  }
}
