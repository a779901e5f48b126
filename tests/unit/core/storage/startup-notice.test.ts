import { describe, expect, it } from 'vitest';
import { startupNotice } from '../../../../core/storage/startup-notice';

describe('startupNotice', () => {
  it('warns when a damaged store was moved aside and a backup restored, or nothing could be restored', () => {
    const message = 'Your portfolio file could not be read. It was moved to /d/damaged/portfolio-1.json and the backup of 22/11/2026 was restored.';
    expect(startupNotice({ outcome: 'restored', message })).toEqual({ level: 'warning', message });
    expect(startupNotice({ outcome: 'reset', message: 'No backup could be read.' })).toEqual({ level: 'warning', message: 'No backup could be read.' });
  });

  it('informs when the portfolio was upgraded to the current format', () => {
    expect(startupNotice({ outcome: 'migrated', message: 'Upgraded; the old file is in backups/.' })).toEqual({ level: 'info', message: 'Upgraded; the old file is in backups/.' });
  });

  it('says nothing for a normal start or a new folder', () => {
    for (const outcome of ['ok', 'created'] as const) expect(startupNotice({ outcome, message: 'x' })).toBeNull();
  });
});
