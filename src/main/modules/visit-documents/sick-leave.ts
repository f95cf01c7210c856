import { addDays } from '../../../shared/clinic-time';
import type { SickLeave } from '../../../shared/schemas/documents';
import { daysInclusive, MC_MAX_DAYS } from '../../../shared/schemas/visit-documents';
import { AppError } from '../../errors/app-error';

/**
 * The leave an MC grants, checked against the date of examination. No backdating (the clinic
 * rules): leave starts on the day the doctor examined the patient, or the day after, for a patient
 * seen late in the evening whose next working day is the one they cannot work. The days count
 * both ends and must agree with the dates the doctor typed.
 */
export function sickLeaveOf(request: { days: number; from: string; to: string }, examinedOn: string): SickLeave {
  const refuse = (reason: 'order' | 'days' | 'tooLong' | 'backdated' | 'tooLate'): never => {
    throw new AppError('MC_DATES_INVALID', { reason, examinedOn, maxDays: MC_MAX_DAYS, fields: reason === 'backdated' || reason === 'tooLate' ? ['from'] : ['to'] });
  };
  if (request.to < request.from) refuse('order');
  if (request.from < examinedOn) refuse('backdated');
  if (request.from > addDays(examinedOn, 1)) refuse('tooLate');
  const days = daysInclusive(request.from, request.to);
  if (days > MC_MAX_DAYS) refuse('tooLong');
  if (days !== request.days) refuse('days');
  return { from: request.from, to: request.to, days };
}
