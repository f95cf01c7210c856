import { describe, expect, it } from 'vitest';
import type { Room, RoomKind } from '../../../shared/schemas/queue';
import { nextStation } from './hand-off-rules';

const room = (code: string, kind: RoomKind, active = true): Room =>
  ({ id: `id-${code}`, code, name: `Room ${code}`, kind, ticketPrefix: code, capacity: 1, cleanupMinutes: 0, active });

describe('where a finished visit goes', () => {
  const clinic = [room('1', 'consultation'), room('PAY', 'payment'), room('PH2', 'pharmacy'), room('PH1', 'pharmacy')];

  it('goes to the dispensary when something is to be dispensed, the first station by code', () => {
    expect(nextStation(clinic, true)?.code).toBe('PH1');
  });

  it('goes to the cashier when nothing is to be dispensed', () => {
    expect(nextStation(clinic, false)?.code).toBe('PAY');
  });

  it('skips retired stations, and falls back to the cashier without a dispensary', () => {
    expect(nextStation([room('PH1', 'pharmacy', false), room('PAY', 'payment')], true)?.code).toBe('PAY');
  });

  it('ends at the doctor in a clinic with neither station', () => {
    expect(nextStation([room('1', 'consultation')], true)).toBeNull();
  });
});
