import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import PrintIcon from '@mui/icons-material/Print';
import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { IconButton, Stack, Tooltip } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueEntryView } from '../../../shared/schemas/queue';

interface Props {
  entry: QueueEntryView;
  onJump: () => void;
  onTransfer: () => void;
  onNoShow: () => void;
  onReprint: () => void;
  /** Given only to users who may record vitals (consultation.write). */
  onVitals?: () => void;
}

/**
 * A waiting ticket's actions as icons with their names in a tooltip (and to screen readers): four
 * worded buttons a row made the list wider than a 1280 laptop, hiding them behind a scrollbar.
 */
export function TicketRowActions({ entry, onJump, onTransfer, onNoShow, onReprint, onVitals }: Props) {
  const { t } = useTranslation();
  const action = (label: string, testId: string, icon: ReactNode, onClick: () => void, color: 'error' | 'primary' | 'warning' | 'default') => (
    <Tooltip title={label}>
      <IconButton size="small" color={color} aria-label={label} onClick={onClick} data-testid={`${testId}-${entry.ticketNo}`}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
      {onVitals && action(t('vitals.record'), 'queue-vitals', <MonitorHeartIcon fontSize="small" />, onVitals, 'primary')}
      {action(t('queue.jump'), 'queue-jump', <PriorityHighIcon fontSize="small" />, onJump, 'error')}
      {action(t('queue.transfer'), 'queue-transfer', <SwapHorizIcon fontSize="small" />, onTransfer, 'primary')}
      {action(t('queue.noShow'), 'queue-no-show', <PersonOffIcon fontSize="small" />, onNoShow, 'warning')}
      {action(t('printing.reprintTicket'), 'queue-reprint', <PrintIcon fontSize="small" />, onReprint, 'default')}
    </Stack>
  );
}
