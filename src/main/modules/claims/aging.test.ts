import { describe, expect, it } from 'vitest';
import { agingBucket, agingReport, daysBetween } from './aging';

describe('aging what panels owe', () => {
  it('counts calendar days between clinic dates, across months and a leap day', () => {
    expect(daysBetween('2026-12-01', '2027-03-05')).toBe(94);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-07', '2026-12-07')).toBe(0);
  });

  it('puts 0–29 days in current, then 30–59, 60–89 and 90 or more', () => {
    expect([0, 29, 30, 59, 60, 89, 90, 400].map(agingBucket)).toEqual(['currentSen', 'currentSen', 'days30Sen', 'days30Sen', 'days60Sen', 'days60Sen', 'days90Sen', 'days90Sen']);
  });

  it('sums each panel’s outstanding by bucket and leaves out what is settled', () => {
    const owed = [
      { panelId: 'b', panelCode: 'SHELL', panelName: 'Shell', clinicDate: '2027-01-10', outstandingSen: 5000 },
      { panelId: 'b', panelCode: 'SHELL', panelName: 'Shell', clinicDate: '2026-10-01', outstandingSen: 1200 },
      { panelId: 'a', panelCode: 'AIA', panelName: 'AIA', clinicDate: '2027-01-30', outstandingSen: 0 },
    ];
    expect(agingReport(owed, '2027-01-31')).toEqual([{ panelId: 'b', panelCode: 'SHELL', panelName: 'Shell', currentSen: 5000, days30Sen: 0, days60Sen: 0, days90Sen: 1200, totalSen: 6200 }]);
  });
});
