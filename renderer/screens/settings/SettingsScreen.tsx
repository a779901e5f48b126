import { PageHeader } from '../../components/PageHeader';
import { AppearanceSection } from './AppearanceSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { StorageSection } from './StorageSection';

/** How the app looks, where the data lives, and getting data in and out. */
export function SettingsScreen() {
  return (
    <div className="screen">
      <PageHeader title="Settings" description="Appearance, your data folder and backups, import and export." />
      <AppearanceSection />
      <StorageSection />
      <ImportSection />
      <ExportSection />
    </div>
  );
}
