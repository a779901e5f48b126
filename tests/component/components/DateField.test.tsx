import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useForm } from 'react-hook-form';
import { I18nProvider } from 'react-aria-components';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { IsoDate } from '../../../core/model/dates';
import { DateFieldRow } from '../../../renderer/components/DateField';

const Period = z.object({ start: IsoDate, end: IsoDate.optional() });
type Period = z.infer<typeof Period>;

/** The smallest form that uses the field as the screens do: a schema, a required and an optional date. */
function PeriodForm({ initial, onSave }: { initial: Partial<Period>; onSave: (values: Period) => void }) {
  const form = useForm<Period>({ resolver: zodResolver(Period), defaultValues: initial });
  return (
    <form onSubmit={(e) => void form.handleSubmit(onSave)(e)} aria-label="Period">
      <DateFieldRow control={form.control} name="start" label="Started" isRequired />
      <DateFieldRow control={form.control} name="end" label="Ended" optional />
      <button type="submit">Save</button>
      <button type="button" onClick={() => form.reset({ start: '2024-02-29' })}>
        Start again
      </button>
    </form>
  );
}

function renderForm(initial: Partial<Period> = {}) {
  const onSave = vi.fn();
  const result = render(
    <I18nProvider locale="en-GB">
      <PeriodForm initial={initial} onSave={onSave} />
    </I18nProvider>,
  );
  return { ...result, onSave, user: userEvent.setup() };
}

const fieldOf = (input: HTMLElement) => input.closest('.field') as HTMLElement;

async function axeViolations(container: HTMLElement): Promise<string[]> {
  // jsdom has no layout, so contrast is checked in the browser tests instead.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

describe('DateField', () => {
  it('reads 1/12/2025 day first and shows the day beside the field once typed, keeping the text as typed', async () => {
    const { user } = renderForm();
    await user.tab();
    const started = screen.getByRole('textbox', { name: 'Started' });
    expect(started).toHaveFocus();
    await user.keyboard('1/12/2025');
    await user.tab();
    expect(within(fieldOf(started)).getByText('Monday 1 December 2025')).toBeInTheDocument();
    expect(started).toHaveValue('1/12/2025');
    // A screen reader hears the check with the field.
    expect(started).toHaveAccessibleDescription('Monday 1 December 2025');
    expect(started).not.toHaveAttribute('aria-invalid');
  });

  it('says what to write for an impossible day, once the field is left, not while typing', async () => {
    const { user } = renderForm();
    await user.tab();
    await user.keyboard('31/02/2025');
    const started = screen.getByRole('textbox', { name: 'Started' });
    expect(within(fieldOf(started)).queryByText(/not a real day/)).not.toBeInTheDocument();
    await user.tab();
    expect(within(fieldOf(started)).getByText('"31/02/2025" is not a real day: February 2025 has 28 days; write a day from 1 to 28.')).toBeInTheDocument();
    expect(started).toHaveAttribute('aria-invalid', 'true');
    expect(started).toHaveValue('31/02/2025');
  });

  it.each([
    ['1/12/25', '"1/12/25" has a two-digit year; write the year in full, such as 1/12/2025.'],
    ['12/25/2025', '"12/25/2025" has no month 25; write the date as day/month/year, such as 25/12/2025.'],
    ['next week', '"next week" is not a date we can read; write day/month/year, such as 25/03/2025.'],
  ])('refuses %j at the field with what to write', async (typed, message) => {
    const { user } = renderForm();
    await user.tab();
    await user.keyboard(typed);
    await user.tab();
    const started = screen.getByRole('textbox', { name: 'Started' });
    expect(started).toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it('saves a typed date as YYYY-MM-DD, and refuses to save text that does not read as a date', async () => {
    const { user, onSave } = renderForm();
    await user.tab();
    await user.keyboard('1 Dec 2025');
    // Past the calendar button to the end date.
    await user.tab();
    await user.tab();
    await user.keyboard('31/4/2025');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('"31/4/2025" is not a real day: April 2025 has 30 days; write a day from 1 to 30.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
    await user.clear(screen.getByRole('textbox', { name: 'Ended' }));
    await user.keyboard('30/4/2026{Enter}');
    expect(onSave).toHaveBeenCalledWith({ start: '2025-12-01', end: '2026-04-30' }, expect.anything());
  });

  it('shows a stored date the UK way, and an emptied optional date saves as no date rather than coming back', async () => {
    const { user, onSave } = renderForm({ start: '2025-03-25', end: '2025-03-27' });
    const ended = screen.getByRole('textbox', { name: 'Ended' });
    expect(screen.getByRole('textbox', { name: 'Started' })).toHaveValue('25/03/2025');
    expect(ended).toHaveValue('27/03/2025');
    await user.clear(ended);
    expect(ended).toHaveValue('');
    expect(within(fieldOf(ended)).getByText('day/month/year')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledWith({ start: '2025-03-25', end: undefined }, expect.anything());
    expect(ended).toHaveValue('');
  });

  it('replaces the text when the form is reset from outside', async () => {
    const { user } = renderForm();
    await user.tab();
    await user.keyboard('1/12/2025');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    const started = screen.getByRole('textbox', { name: 'Started' });
    expect(started).toHaveValue('29/02/2024');
    expect(started).toHaveAccessibleDescription('Thursday 29 February 2024');
  });

  it('picks a day from the calendar by keyboard alone', async () => {
    const { user } = renderForm({ start: '2025-12-01' });
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Choose started from a calendar' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const calendar = await screen.findByRole('dialog', { name: 'Started: calendar' });
    expect(within(calendar).getByRole('button', { name: /Monday, 1 December 2025/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const started = screen.getByRole('textbox', { name: 'Started' });
    expect(started).toHaveValue('02/12/2025');
    expect(started).toHaveAccessibleDescription('Tuesday 2 December 2025');
  });

  it('has no axe findings, with a check beside it and with an error', async () => {
    const { user, container } = renderForm({ start: '2025-12-01' });
    expect(await axeViolations(container)).toEqual([]);
    await user.tab();
    await user.tab();
    await user.tab();
    await user.keyboard('1/13/2025');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Ended' })).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(container)).toEqual([]);
  });
});
