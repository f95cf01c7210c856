import { Chip, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { expiryAlert, type ExpiryAlert } from './expiry-alert';

const COLOURS: Record<ExpiryAlert, ChipProps['color']> = { expired: 'error', 30: 'error', 60: 'warning', 90: 'info' };

/** "Expires ≤30 days" and its kin beside an expiry date; nothing when the date is more than 90 days off. */
export function ExpiryChip({ expiryDate, today }: { expiryDate: string; today: string }) {
  const alert = expiryAlert(expiryDate, today);
  return alert === null ? null : <AlertChip alert={alert} />;
}

export function AlertChip({ alert }: { alert: ExpiryAlert }) {
  const { t } = useTranslation();
  return <Chip size="small" color={COLOURS[alert]} variant={alert === 'expired' ? 'filled' : 'outlined'} label={t(alert === 'expired' ? 'stock.alerts.expired' : `stock.alerts.within${alert}`)} />;
}
