import type { TFunction } from 'i18next';
import { appErrorOf } from '../../api/app-error';
import { describeError } from '../../i18n/describe-error';

/** Like describeError, with the printer's failure reason (paper out, cover open…) in words rather than as a code. */
export function describePrintError(error: unknown, t: TFunction): string {
  const app = appErrorOf(error);
  const reason = app?.details.reason;
  if (app?.code !== 'PRINTER_UNAVAILABLE' || typeof reason !== 'string') return describeError(error, t);
  return t('errors.PRINTER_UNAVAILABLE', { reason: t(`printing.reasons.${reason}`, { defaultValue: reason }) });
}
