import { memo } from 'react';
import { Button, Link } from 'react-aria-components';
import { PageHeader } from '../../components/PageHeader';
import { RadioChoice, type RadioOption } from '../../components/RadioChoice';
import { AppraisalPackButton } from './AppraisalPackDialog';
import type { LogView } from './log-view';

/**
 * The parts of the log that do not depend on the search, memoised so that a search renders only
 * what it changes: the count and the list.
 */
export const CpdLogHeader = memo(function CpdLogHeader() {
  return (
    <PageHeader
      title="CPD log"
      description="Everything you have learnt, newest first. Search any word you wrote."
      actions={
        <>
          <Button className="button" onPress={() => window.print()}>
            Print
          </Button>
          <Link href="/settings#import-heading" className="button">
            Import from a spreadsheet
          </Link>
          <AppraisalPackButton />
          <Link href="/cpd/new" className="button primary">
            Log CPD
          </Link>
        </>
      }
    />
  );
});

const VIEWS: RadioOption<LogView>[] = [
  { value: 'cards', label: 'Cards' },
  { value: 'table', label: 'Table' },
];

export const CpdViewChoice = memo(function CpdViewChoice({ view, setView }: { view: LogView; setView: (view: LogView) => void }) {
  return (
    <RadioChoice<LogView> className="view-choice" label="Show as" options={VIEWS} value={view} onChange={setView} orientation="horizontal" />
  );
});
