import type { Fee } from '../../../shared/schemas/fees';

/** Whether a clock time `HH:MM` falls in a fee's window: start included, end not; a window whose end is before its start runs past midnight. */
function inWindow(fee: Fee, time: string): boolean {
  if (fee.fromTime === null || fee.toTime === null) return true;
  return fee.fromTime < fee.toTime ? fee.fromTime <= time && time < fee.toTime : time >= fee.fromTime || time < fee.toTime;
}

/** How specific a fee is: one doctor's in a window, one doctor's, every doctor's in a window, every doctor's. */
function specificity(fee: Fee): number {
  return (fee.doctorId === null ? 0 : 2) + (fee.fromTime === null ? 0 : 1);
}

/**
 * The consultation fee a doctor charges at a clinic time of day: among the active consultation
 * fees for every doctor or this one whose window (if any) holds the time, the most specific, and of
 * equally specific ones the first by code. Null when the clinic has set up none that applies.
 */
export function consultationFeeFor(fees: readonly Fee[], at: { doctorId: string | null; time: string }): Fee | null {
  const applying = fees.filter(
    (fee) => fee.active && fee.kind === 'consultation' && (fee.doctorId === null || fee.doctorId === at.doctorId) && inWindow(fee, at.time),
  );
  const [best] = applying.sort((a, b) => specificity(b) - specificity(a) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return best ?? null;
}
