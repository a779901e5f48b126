import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { TagsRow } from '../../../renderer/components/TagsRow';

type Tagged = { tags: string[] };

function TaggedForm({ initial, onSave }: { initial: string[]; onSave: (values: Tagged) => void }) {
  const form = useForm<Tagged>({ defaultValues: { tags: initial } });
  return (
    <form onSubmit={(e) => void form.handleSubmit(onSave)(e)} aria-label="Record">
      <TagsRow control={form.control} name="tags" label="Tags" />
      <button type="submit">Save</button>
    </form>
  );
}

function renderForm(initial: string[] = []) {
  const onSave = vi.fn();
  return { ...render(<TaggedForm initial={initial} onSave={onSave} />), onSave, user: userEvent.setup() };
}

const added = () => screen.getByRole('list', { name: 'Tags added' });

describe('TagsRow', () => {
  it('adds tags with Enter or a comma, once each whatever their case, without submitting the form', async () => {
    const { user, onSave } = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'safety{Enter}COSHH,Safety{Enter}');
    expect(onSave).not.toHaveBeenCalled();
    expect(within(added()).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['safety×', 'COSHH×']);
  });

  it('removes a tag from the keyboard and puts focus on the next one, then the previous one, then the field', async () => {
    const { user, onSave } = renderForm(['IST', 'registration', 'networking']);
    await user.click(screen.getByRole('textbox', { name: 'Tags' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Remove IST' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove networking' })).toHaveFocus());
    await user.keyboard('{Delete}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove IST' })).toHaveFocus());
    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tags' })).toHaveFocus());
    expect(screen.queryByRole('list', { name: 'Tags added' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toEqual({ tags: [] });
  });

  it('is a plain list of named buttons that axe passes, experimental rules included', async () => {
    const { container } = renderForm(['IST', 'registration']);
    const results = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'] }, rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
