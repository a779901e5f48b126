import { useApiQuery } from '../../api/queries';
import { startupNotice } from '../../../core/storage/startup-notice';

/**
 * What the startup check repaired or put right (a store rebuilt from its journal, a backup
 * restored, permissions tightened), read through the API so the desktop and browser mode show
 * the same words, with where the damaged file was kept and what the portfolio was rebuilt from.
 */
export function StartupNoticeBanner() {
  const status = useApiQuery('getStorageStatus', []);
  const notice = status.data ? startupNotice(status.data.startupCheck) : null;
  if (!notice) return null;
  return (
    <section className={notice.level === 'warning' ? 'card startup-notice warning' : 'card startup-notice'} role={notice.level === 'warning' ? 'alert' : 'status'} aria-label="When Techfolio started">
      <p>{notice.message}</p>
    </section>
  );
}
