import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { CriterionScreen } from '../../../../renderer/screens/criterion/CriterionScreen';
import { makeCpdRecord } from '../../../support/fixtures';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';
import { coverageOf, rscitech } from '../framework-fixtures';

const coshh = makeCpdRecord({ id: 'record-coshh', title: 'COSHH risk assessment for the solvent store', description: 'I wrote the COSHH risk assessment and checked the fume cupboard airflow, safety data sheets and PPE.' });
const fire = makeCpdRecord({ id: 'record-fire', title: 'Fire warden training', description: 'Refresher on evacuation and safe working.' });
const outreach = makeCpdRecord({ id: 'record-outreach', title: 'Outreach day with school pupils', description: 'I ran a stand explaining microscopy to pupils.' });
const at = { path: '/frameworks/sc-rscitech/B1', pattern: '/frameworks/:id/:code' };
const settled = { timeout: 3000 };

function setup() {
  return createFakeApi([outreach, fire, coshh], { frameworks: [rscitech], coverage: { 'sc-rscitech': coverageOf([]) } });
}

describe('Criterion screen: examples you could use', () => {
  beforeEach(() => localStorage.clear());

  it('ranks the records that could show the criterion, each with why and a link to it, beside what shows it', async () => {
    const { api } = setup();
    renderScreen(<CriterionScreen />, api, at);
    const examples = within(await screen.findByRole('region', { name: 'Examples you could use' }));
    const items = await examples.findAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(['COSHH risk assessment for the solvent store', 'Fire warden training']);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/cpd/record-coshh');
    expect(items[0]).toHaveTextContent('mentions: safety, risk assessment, COSHH, PPE, fume cupboard');
    expect(screen.getByRole('region', { name: 'What shows it' })).toBeInTheDocument();
    expect(api.findExamples).toHaveBeenCalledWith('sc-rscitech', 'B1', { limit: 5 });
  });

  it('"Not an example" is remembered and the record leaves the list', async () => {
    const user = userEvent.setup();
    const { api, dismissals } = setup();
    renderScreen(<CriterionScreen />, api, at);
    await user.click(await screen.findByRole('button', { name: 'Not an example of B1: Fire warden training' }));
    expect(dismissals).toEqual([expect.objectContaining({ frameworkId: 'sc-rscitech', code: 'B1', itemKind: 'cpd', itemId: 'record-fire' })]);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Fire warden training' })).toBeNull());
    expect(screen.getByRole('link', { name: 'COSHH risk assessment for the solvent store' })).toBeInTheDocument();
  });
});

describe('Criterion screen: the statement coach', () => {
  beforeEach(() => localStorage.clear());

  // Types a paragraph key by key and waits out two pauses: more than the default five seconds on a busy machine.
  it('flags "we" sentences and a missing outcome as the user types, without disturbing the text or its autosave', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const { api, statements } = setup();
    const { container } = renderScreen(<CriterionScreen />, api, at);
    const coach = within(await screen.findByRole('region', { name: 'Coach' }));
    expect(coach.getByRole('status')).toHaveTextContent('Advice appears here as you write.');
    const text = 'We carried out the COSHH risk assessment for the store. It was decided to move the solvents. I checked the safety data sheets.';
    const box = screen.getByRole('textbox', { name: 'Competence statement for B1' });
    await user.type(box, text);
    expect(box).toHaveValue(text);

    const firstPerson = await coach.findByText(/sentences say "we" or hide who acted/, {}, settled);
    const item = within(firstPerson.closest('li')!);
    expect(item.getByText('Assessors judge what you did: say "I" rather than "we", "our team" or "it was decided".')).toBeInTheDocument();
    expect(item.getByRole('list', { name: 'Sentences this is about' })).toHaveTextContent('We carried out the COSHH risk assessment for the store.');
    expect(item.getByRole('list', { name: 'Sentences this is about' })).toHaveTextContent('It was decided to move the solvents.');
    expect(item.getByRole('list', { name: 'Sentences this is about' })).not.toHaveTextContent('I checked the safety data sheets.');
    expect(coach.getByText('No sentence says what resulted from what you did.')).toBeInTheDocument();
    // Advice never blocks: the statement was saved as typed.
    await waitFor(() => expect(statements.find((s) => s.code === 'B1')?.text).toBe(text), settled);

    await user.type(box, ' As a result spills fell to none.');
    await waitFor(() => expect(coach.queryByText('No sentence says what resulted from what you did.')).toBeNull(), settled);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
