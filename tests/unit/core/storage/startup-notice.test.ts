import { describe, expect, it } from 'vitest';
import { startupNotice } from '../../../../core/storage/startup-notice';

describe('startupNotice', () => {
  it('warns when a damaged store was moved aside and rebuilt from its journal, restored from a backup, or nothing could be restored', () => {
    const message = 'Your portfolio file could not be read. It was moved to /d/damaged/portfolio-1.json and the backup of 22/11/2026 was restored.';
    expect(startupNotice({ outcome: 'restored', message })).toEqual({ level: 'warning', message });
    expect(startupNotice({ outcome: 'recovered', message: 'Rebuilt from portfolio.journal.' })).toEqual({ level: 'warning', message: 'Rebuilt from portfolio.journal.' });
    expect(startupNotice({ outcome: 'reset', message: 'No backup could be read.' })).toEqual({ level: 'warning', message: 'No backup could be read.' });
  });

  it('informs when the portfolio was upgraded to the current format', () => {
    expect(startupNotice({ outcome: 'migrated', message: 'Upgraded; the old file is in backups/.' })).toEqual({ level: 'info', message: 'Upgraded; the old file is in backups/.' });
  });

  it('says nothing for a normal start or a new folder', () => {
    for (const outcome of ['ok', 'created'] as const) expect(startupNotice({ outcome, message: 'x' })).toBeNull();
  });

  it('tells of permissions tightened or leftovers removed on an otherwise normal start, and after a repair', () => {
    const notes = ['3 files and folders are now readable by you alone.', '2 unfinished temporary files were removed.'];
    expect(startupNotice({ outcome: 'ok', message: 'x', notes })).toEqual({ level: 'info', message: notes.join(' ') });
    expect(startupNotice({ outcome: 'recovered', message: 'Rebuilt.', notes: [notes[0]!] })).toEqual({ level: 'warning', message: `Rebuilt. ${notes[0]}` });
  });
});
