import { describe, expect, it } from 'vitest';
import { expiryDateOf, expiryLabel, expiryStatus } from '../../../../core/training/expiry';

const today = '2025-06-01';

describe('expiryDateOf', () => {
  it('uses the stated expiry date first, else completion plus the renewal months, else none', () => {
    expect(expiryDateOf({ completedDate: '2024-01-31', expiryDate: '2026-01-01', renewalMonths: 12 })).toBe('2026-01-01');
    expect(expiryDateOf({ completedDate: '2024-01-31', renewalMonths: 1 })).toBe('2024-02-29');
    expect(expiryDateOf({ completedDate: '2024-01-31' })).toBeUndefined();
  });
});

describe('expiryStatus and expiryLabel', () => {
  it('says expired with the date for training that has lapsed', () => {
    const status = expiryStatus({ completedDate: '2023-05-01', expiryDate: '2025-05-20' }, today);
    expect(status).toEqual({ kind: 'expired', date: '2025-05-20', days: 12 });
    expect(expiryLabel(status)).toBe('Expired on 20/05/2025');
  });

  it('counts the days left within 60 days, with "today" and a singular day', () => {
    expect(expiryLabel(expiryStatus({ completedDate: '2024-06-01', expiryDate: '2025-07-31' }, today))).toBe('Expires in 60 days');
    expect(expiryLabel(expiryStatus({ completedDate: '2024-06-01', expiryDate: '2025-06-02' }, today))).toBe('Expires in 1 day');
    expect(expiryLabel(expiryStatus({ completedDate: '2024-06-01', expiryDate: today }, today))).toBe('Expires today');
  });

  it('shows the date for training valid beyond 60 days, and "No expiry" without one', () => {
    expect(expiryLabel(expiryStatus({ completedDate: '2024-06-01', expiryDate: '2025-08-01' }, today))).toBe('Valid until 01/08/2025');
    expect(expiryLabel(expiryStatus({ completedDate: '2024-06-01' }, today))).toBe('No expiry');
  });
});
