import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Text } from 'react-aria-components';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { showBrowserDueNotices } from '../../components/browser-due-notifications';
import { notify } from '../../components/notices';
import { TickBox } from '../../components/TickBox';

/**
 * Notifications for what falls due: off until turned on here. Kept in the profile, so the desktop
 * app and browser mode agree; in browser mode the browser asks for permission when turned on.
 */
export function NotificationsSection() {
  const api = useApi();
  const profile = useApiQuery('getProfile', []);
  const info = useApiQuery('getInfo', []);
  const [blocked, setBlocked] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: async (on: boolean) => {
      setBlocked(null);
      if (on && info.data?.transport === 'web') {
        if (typeof Notification === 'undefined') throw new Error('This browser cannot show notifications.');
        const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
        if (permission !== 'granted') {
          setBlocked('Your browser did not allow notifications for this page. Allow them in its site settings, then turn them on again.');
          return false;
        }
      }
      await api.saveProfile({ ...profile.data!, notifyDue: on });
      if (on && info.data?.transport === 'web') await showBrowserDueNotices(api);
      return true;
    },
    onSuccess: (saved, on) => saved && notify(on ? 'Notifications are on.' : 'Notifications are off.'),
  });
  const on = profile.data?.notifyDue === true;

  return (
    <section className="card form" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications</h2>
      <TickBox isSelected={on} isDisabled={!profile.data || save.isPending} onChange={(value) => save.mutate(value)} aria-describedby="notifications-description">
        Notify me when something falls due
      </TickBox>
      <Text elementType="p" id="notifications-description" className="field-description">
        Training to renew or book, the end of your CPD year, goal target dates and your annual CPD declaration, from a week before, once a day while Techfolio is open. Clicking one opens
        its screen.
      </Text>
      {blocked && <p role="alert">{blocked}</p>}
      {save.isError && <p role="alert">Could not save: {save.error.message}</p>}
    </section>
  );
}
