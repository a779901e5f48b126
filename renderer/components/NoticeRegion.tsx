import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { noticeQueue } from './notices';

/** The global notice region (an aria-live landmark): saved, restored, failed. */
export function NoticeRegion() {
  return (
    <ToastRegion queue={noticeQueue} className="notice-region" aria-label="Notices">
      {({ toast }) => (
        <Toast toast={toast} className={`notice notice-${toast.content.tone}`}>
          <ToastContent>
            <Text slot="title">{toast.content.message}</Text>
          </ToastContent>
          <Button slot="close" className="notice-close" aria-label="Dismiss">
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
