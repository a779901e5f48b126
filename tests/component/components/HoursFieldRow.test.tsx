import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useForm } from 'react-hook-form';
import { I18nProvider } from 'react-aria-components';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { HoursFieldRow } from '../../../renderer/components/HoursFieldRow';

const Activity = z.object({ hours: z.number({ error: 'Enter the hours as a number, such as 1.5.' }).positive() });
type Activity = z.infer<typeof Activity>;

function ActivityForm({ initial, onSave }: { initial: Partial<Activity>; onSave: (values: Activity) => void }) {
  const form = useForm<Activity>({ resolver: zodResolver(Activity), defaultValues: initial });
  return (
    <form onSubmit={(e) => void form.handleSubmit(onSave)(e)} aria-label="Activity">
      <HoursFieldRow control={form.control} name="hours" label="Hours" isRequired />
      <button type="submit">Save</button>
    </form>
  );
}

function renderForm(initial: Partial<Activity> = {}) {
  const onSave = vi.fn();
  const result = render(
    <I18nProvider locale="en-GB">
      <ActivityForm initial={initial} onSave={onSave} />
    </I18nProvider>,
  );
  return { ...result, onSave, user: userEvent.setup() };
}

const hoursField = () => screen.getByRole('textbox', { name: 'Hours' });

describe('HoursFieldRow', () => {
  it.each(['1.5', '1,5', '1:30', '90m', '1h 30m', '1 hr 30 mins', '1 hour 30 minutes'])('reads %j as 1.5 hours and says so beside the field, keeping the text', async (typed) => {
    const { user } = renderForm();
    await user.tab();
    expect(hoursField()).toHaveFocus();
    await user.keyboard(typed);
    await user.tab();
    expect(within(hoursField().closest('.field')!).getByText('= 1.5 hours')).toBeInTheDocument();
    expect(hoursField()).toHaveAccessibleDescription('= 1.5 hours');
    expect(hoursField()).toHaveValue(typed);
  });

  it('says "hour" for one hour', async () => {
    const { user } = renderForm();
    await user.tab();
    await user.keyboard('60 min');
    expect(hoursField()).toHaveAccessibleDescription('= 1 hour');
  });

  it.each([
    ['lots', '"lots" is not a time we can read; write hours such as 1.5, 1:30 or 90 min.'],
    ['0', '"0" is not a time spent; hours must be more than zero.'],
    ['1.5 days', '"1.5 days" is not a time we can read; write hours such as 1.5, 1:30 or 90 min.'],
    ['1:75', '"1:75" is not a time we can read; write hours such as 1.5, 1:30 or 90 min.'],
  ])('refuses %j at the field with what to write, once the field is left', async (typed, message) => {
    const { user, onSave } = renderForm();
    await user.tab();
    await user.keyboard(typed);
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    await user.tab();
    expect(hoursField()).toHaveAttribute('aria-invalid', 'true');
    expect(hoursField()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(hoursField()).toHaveValue(typed);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves "1h 30m" as the number 1.5', async () => {
    const { user, onSave } = renderForm();
    await user.tab();
    await user.keyboard('1h 30m{Enter}');
    expect(onSave).toHaveBeenCalledWith({ hours: 1.5 }, expect.anything());
  });

  it('leaves an empty field to the schema, which asks for the hours', async () => {
    const { user, onSave } = renderForm({ hours: 2 });
    expect(hoursField()).toHaveValue('2');
    await user.clear(hoursField());
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Enter the hours as a number, such as 1.5.')).toBeInTheDocument();
    expect(hoursField()).toHaveValue('');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('has no axe findings, with a reading beside it and with an error', async () => {
    const { user, container } = renderForm({ hours: 2 });
    const violations = async () => (await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations.map((v) => `${v.id}: ${v.help}`);
    expect(await violations()).toEqual([]);
    await user.clear(hoursField());
    await user.keyboard('a while');
    await user.tab();
    expect(hoursField()).toHaveAttribute('aria-invalid', 'true');
    expect(await violations()).toEqual([]);
  });
});
