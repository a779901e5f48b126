import { I18nProvider } from 'react-aria-components';
import type { TechfolioApi } from '../../core/api/contract';
import { ApiProvider } from '../api/api-context';
import { CpdLogScreen } from '../screens/cpd-log/CpdLogScreen';

export function App({ api }: { api: TechfolioApi }) {
  return (
    <I18nProvider locale="en-GB">
      <ApiProvider api={api}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="app-header">
          <span className="app-name">Techfolio</span>
        </header>
        <main id="main" tabIndex={-1}>
          <CpdLogScreen />
        </main>
      </ApiProvider>
    </I18nProvider>
  );
}
