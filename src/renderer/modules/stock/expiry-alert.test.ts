import { describe, expect, it } from 'vitest';
import { daysUntil, expiryAlert } from './expiry-alert';

describe('expiryAlert', () => {
  const today = '2026-12-05';

  it('counts whole calendar days, across month and year ends', () => {
    expect(daysUntil('2026-12-05', today)).toBe(0);
    expect(daysUntil('2027-01-04', today)).toBe(30);
    expect(daysUntil('2026-12-04', today)).toBe(-1);
  });

  it('calls a batch expired only from the day after its expiry date', () => {
    expect(expiryAlert('2026-12-04', today)).toBe('expired');
    expect(expiryAlert('2020-01-01', today)).toBe('expired');
    expect(expiryAlert('2026-12-05', today)).toBe(30);
  });

  it('puts a batch in the narrowest window that holds it, each window inclusive', () => {
    expect(expiryAlert('2027-01-04', today)).toBe(30);
    expect(expiryAlert('2027-01-05', today)).toBe(60);
    expect(expiryAlert('2027-02-03', today)).toBe(60);
    expect(expiryAlert('2027-02-04', today)).toBe(90);
    expect(expiryAlert('2027-03-05', today)).toBe(90);
  });

  it('says nothing about a batch more than 90 days away', () => {
    expect(expiryAlert('2027-03-06', today)).toBeNull();
    expect(expiryAlert('2030-01-01', today)).toBeNull();
  });
});
