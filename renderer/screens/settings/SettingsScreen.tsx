import { PageHeader } from '../../components/PageHeader';
import { AppearanceSection } from './AppearanceSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { InboxSection } from './InboxSection';
import { NotificationsSection } from './NotificationsSection';
import { RestoreSection } from './RestoreSection';
import { StorageSection } from './StorageSection';

/** How the app looks, where the data lives, getting data in and out, and restoring it. */
export function SettingsScreen() {
  return (
    <div className="screen">
      <PageHeader title="Settings" description="Appearance, notifications, your data folder and backups, the inbox folder, import, export and restore." />
      <AppearanceSection />
      <NotificationsSection />
      <StorageSection />
      <InboxSection />
      <ImportSection />
      <ExportSection />
      <RestoreSection />

    </div>
  );
}
