import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';

export type Notice = { message: string; tone: 'success' | 'info' | 'error' };

/** The app's one queue of notices; NoticeRegion shows them, any screen adds to them with notify(). */
export const noticeQueue = new ToastQueue<Notice>({ maxVisibleToasts: 3 });

export function notify(message: string, tone: Notice['tone'] = 'success'): void {
  // Errors stay until dismissed: the user may need to read them twice.
  noticeQueue.add({ message, tone }, tone === 'error' ? {} : { timeout: 6000 });
}
