import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartStamps, FromRecord } from '../../../shared/schemas/chart';
import { useClinicDates } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';

/** What the lead's consultation workspace and the patient screen hand each chart section. */
export interface ChartSectionProps {
  patientId: string;
  /** The open visit changes are recorded in; absent outside a consultation. */
  visitId?: string;
  /** Shows the section without its add, edit and close actions (a past visit, or a reader without consultation.write). */
  readOnly?: boolean;
}

/** Whether this user may change the chart here: consultation.write, and not a read-only view. */
export function useChartEditable(readOnly: boolean | undefined): boolean {
  return useCan('consultation.write') && !readOnly;
}

/** "Changed by Dr Aminah, 5 Dec 2026 · in this visit", and which merged record a row came from. */
export function ChangedBy({ row, visitId }: { row: ChartStamps & FromRecord; visitId?: string }) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  const when = dates.dateTime(row.updatedAt);
  const parts = [row.updatedByName ? t('chart.changedBy', { name: row.updatedByName, when }) : t('chart.changedAt', { when })];
  if (visitId && row.visitId === visitId) parts.push(t('chart.inThisVisit'));
  if (row.mergedFromMrn) parts.push(t('chart.fromMerged', { mrn: row.mergedFromMrn }));
  return (
    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }} data-testid="chart-changed-by">
      {parts.join(' · ')}
    </Typography>
  );
}

interface FrameProps {
  title: string;
  testId: string;
  children: ReactNode;
}

export function SectionFrame({ title, testId, children }: FrameProps) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid={testId}>
      <Stack spacing={1}>
        <Typography variant="subtitle2">{title}</Typography>
        {children}
      </Stack>
    </Paper>
  );
}

interface EntryRowProps {
  testId: string;
  primary: ReactNode;
  secondary?: ReactNode;
  row: ChartStamps & FromRecord;
  visitId?: string;
  closed: boolean;
  /** Absent when the row may not be changed here. */
  actions?: { editLabel: string; onEdit: () => void; closeLabel: string; onClose: () => void };
}

/** One problem or medication: what it is, its details, who last changed it, and its edit and close buttons. */
export function EntryRow({ testId, primary, secondary, row, visitId, closed, actions }: EntryRowProps) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', opacity: closed ? 0.6 : 1 }} data-testid={testId}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: closed ? 400 : 500, textDecoration: closed ? 'line-through' : 'none' }}>
          {primary}
        </Typography>
        {secondary && (
          <Typography variant="body2" color="text.secondary">
            {secondary}
          </Typography>
        )}
        <ChangedBy row={row} visitId={visitId} />
      </Box>
      {actions && (
        <>
          <Button size="small" onClick={actions.onEdit} data-testid={`${testId}-edit`}>
            {actions.editLabel}
          </Button>
          <Button size="small" color="warning" onClick={actions.onClose} data-testid={`${testId}-close`}>
            {actions.closeLabel}
          </Button>
        </>
      )}
    </Stack>
  );
}

/** "Show closed (3)" under a list whose resolved, stopped and entered-in-error rows are hidden by default. */
export function ClosedToggle({ count, shown, onToggle, testId }: { count: number; shown: boolean; onToggle: () => void; testId: string }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Button size="small" sx={{ alignSelf: 'flex-start' }} onClick={onToggle} data-testid={testId}>
      {shown ? t('chart.hideClosed') : t('chart.showClosed', { count })}
    </Button>
  );
}
