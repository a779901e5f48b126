import { memo } from 'react';
import { Button, Label, Link, Radio, RadioGroup } from 'react-aria-components';
import { PageHeader } from '../../components/PageHeader';
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

export const CpdViewChoice = memo(function CpdViewChoice({ view, setView }: { view: LogView; setView: (view: LogView) => void }) {
  return (
    <RadioGroup className="field view-choice" orientation="horizontal" value={view} onChange={(v) => setView(v === 'table' ? 'table' : 'cards')}>
      <Label className="field-label">Show as</Label>
      <Radio value="cards" className="radio">
        Cards
      </Radio>
      <Radio value="table" className="radio">
        Table
      </Radio>
    </RadioGroup>
  );
});
