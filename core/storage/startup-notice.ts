import type { StartupCheck } from '../api/methods/storage';

export interface StartupNotice {
  /** A repair (damaged store moved aside, rebuilt, restored or nothing to restore) warns; an upgrade or a tidy-up informs. */
  level: 'warning' | 'info';
  message: string;
}

/**
 * What the user must hear about the startup check, in every transport (the desktop's dialog,
 * browser mode's console, the dashboard through getStorageStatus, the CLI's stderr), or null on a
 * normal start. Notes (permissions tightened, leftover temporary files removed) follow the message.
 */
export function startupNotice(check: Pick<StartupCheck, 'outcome' | 'message' | 'notes'>): StartupNotice | null {
  const notes = check.notes ?? [];
  switch (check.outcome) {
    case 'recovered':
    case 'restored':
    case 'reset':
      return { level: 'warning', message: [check.message, ...notes].join(' ') };
    case 'migrated':
      return { level: 'info', message: [check.message, ...notes].join(' ') };
    default:
      return notes.length > 0 ? { level: 'info', message: notes.join(' ') } : null;
  }
}
