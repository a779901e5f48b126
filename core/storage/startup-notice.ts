import type { StartupCheck } from '../api/methods/portfolio';

export interface StartupNotice {
  /** A repair (damaged store moved aside, backup restored or nothing to restore) warns; an upgrade informs. */
  level: 'warning' | 'info';
  message: string;
}

/** What the user must hear about the startup check, in every transport, or null on a normal start. */
export function startupNotice(check: Pick<StartupCheck, 'outcome' | 'message'>): StartupNotice | null {
  switch (check.outcome) {
    case 'restored':
    case 'reset':
      return { level: 'warning', message: check.message };
    case 'migrated':
      return { level: 'info', message: check.message };
    default:
      return null;
  }
}
