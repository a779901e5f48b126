import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { Qualification, Supporter } from '../../../../core/model/career';
import { EvidenceItem } from '../../../../core/model/evidence';
import { RouteChecklist } from '../../../../renderer/components/RouteChecklist';
import { createFakeApi } from '../../fake-api';
import { renderScreen } from '../../render-screen';

const stamp = { createdAt: '2025-06-01T09:00:00.000Z', updatedAt: '2025-06-01T09:00:00.000Z' };
const profile = { name: 'Siân Jones', professionalBodies: [{ bodyId: 'ist' }], targetRegistrations: [{ frameworkId: 'sc-rscitech', viaBodyId: 'ist' }] };

/** Serious and critical axe-core findings (jsdom has no layout, so no contrast rule). */
async function axeFindings(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const itemNamed = async (label: RegExp) => (await screen.findByText(label, { selector: 'strong' })).closest('li')!;

describe('the route checklist card', () => {
  it('shows a missing nominated supporter and certificate in words, each with a link to fix it, and leaves out what the route does not need', async () => {
    const { api } = createFakeApi([], { profile });
    const { container } = renderScreen(<RouteChecklist frameworkId="sc-rscitech" compact />, api);
    expect(await screen.findByRole('heading', { name: 'RSciTech: besides your statements' })).toBeInTheDocument();
    const supporter = await itemNamed(/Nominated supporter, with an email address/);
    expect(within(supporter).getByText('Missing')).toBeInTheDocument();
    expect(within(supporter).getByRole('link', { name: /Fix this: Nominated supporter/ })).toHaveAttribute('href', '/profile');
    const certificate = await itemNamed(/Qualification certificates or an equivalency report/);
    expect(within(certificate).getByText('Missing')).toBeInTheDocument();
    expect(within(await itemNamed(/Membership of a licensed body/)).getByText('Done')).toBeInTheDocument();
    expect(within(await itemNamed(/Application fee/)).getByText('To check')).toBeInTheDocument();
    expect(screen.getByText(/£28/)).toBeInTheDocument();
    // RSciTech asks for no development plan: the compact card leaves it out.
    expect(screen.queryByText('Development plan')).not.toBeInTheDocument();
    expect(await axeFindings(container)).toEqual([]);
  });

  it('ticks the supporter and the certificate once they are in the portfolio', async () => {
    const zoe = Supporter.parse({ ...stamp, id: 'supporter-0001', name: 'Zoë Ørsted', email: 'zoe@example.ac.uk' });
    const certificate = EvidenceItem.parse({ ...stamp, id: 'evidence-0001', kind: 'file', title: 'BTEC certificate', date: '2015-07-01', file: { sha256: 'a'.repeat(64), size: 10, mediaType: 'application/pdf', originalName: 'btec.pdf' } });
    const btec = Qualification.parse({ ...stamp, id: 'qual-000001', title: 'BTEC Level 3 Applied Science', evidenceIds: [certificate.id] });
    const { api } = createFakeApi([], {
      profile: { ...profile, targetRegistrations: [{ frameworkId: 'sc-rscitech', viaBodyId: 'ist', nominatedSupporterId: zoe.id }] },
      supporters: [zoe],
      evidence: [certificate],
      qualifications: [btec],
    });
    renderScreen(<RouteChecklist frameworkId="sc-rscitech" compact />, api);
    expect(within(await itemNamed(/Nominated supporter, with an email address/)).getByText('Done')).toBeInTheDocument();
    expect(within(await itemNamed(/Qualification certificates/)).getByText('Done')).toBeInTheDocument();
  });

  it("records the supporter's agreement from the keyboard, with today's date", async () => {
    const user = userEvent.setup();
    const { api } = createFakeApi([], { profile });
    renderScreen(<RouteChecklist frameworkId="sc-rscitech" />, api);
    const agreed = await screen.findByRole('checkbox', { name: 'They have agreed' });
    expect(agreed).not.toBeChecked();
    agreed.focus();
    await user.keyboard(' ');
    const today = format(new Date(), 'yyyy-MM-dd');
    expect(api.setSupporterStep).toHaveBeenCalledWith('sc-rscitech', 'supporterAgreed', today);
    expect(await screen.findByRole('checkbox', { name: 'They have agreed' })).toBeChecked();
    expect(within(await itemNamed(/Nominated supporter has agreed/)).getByText('Done')).toBeInTheDocument();
  });
});
