import { EXPIRY_WINDOWS } from '../../../shared/schemas/stock';

export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number];

/** How near a batch is to its expiry: already expired, inside one of the alert windows, or not yet worth a word. */
export type ExpiryAlert = 'expired' | ExpiryWindow;

const DAY_MS = 86_400_000;

/** Whole days from `today` to `expiryDate` (both yyyy-mm-dd on the clinic's calendar); negative once past. */
export function daysUntil(expiryDate: string, today: string): number {
  return Math.round((Date.parse(`${expiryDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * The narrowest alert window a batch falls in. A batch is usable through its expiry day, so it
 * expires on the day after: an expiry of today is "≤30 days", yesterday's is "expired".
 */
export function expiryAlert(expiryDate: string, today: string): ExpiryAlert | null {
  const days = daysUntil(expiryDate, today);
  if (days < 0) return 'expired';
  return EXPIRY_WINDOWS.find((window) => days <= window) ?? null;
}
