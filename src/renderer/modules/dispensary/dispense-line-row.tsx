import { Button, Chip, Stack, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispensingLineView } from '../../../shared/schemas/dispensing';
import { isControlled } from '../../../shared/pharmacy/legal-classes';
import { useClinicDates } from '../../format/use-clinic-clock';
import { FindingList } from '../consultation/prescription-findings';
import { takesFrom } from './batch-takes';
import { OtherBatchDialog, type BatchPick } from './other-batch-dialog';

export interface LineChoice {
  /** What the dispenser typed: whole units to give now. */
  give: string;
  pick: BatchPick | null;
}

interface Props {
  line: DispensingLineView;
  choice: LineChoice;
  onChange: (choice: LineChoice) => void;
}

/** One prescription line: what is owed, what is in stock, how many to give now and from which batches. */
export function DispenseLineRow({ line, choice, onChange }: Props) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  const [choosing, setChoosing] = useState(false);
  const give = Number(choice.give);
  const takes = Number.isInteger(give) && give > 0 ? takesFrom(line.batches, give, choice.pick?.batchId ?? null) : [];
  const short = Number.isInteger(give) ? give - takes.reduce((sum, take) => sum + take.quantity, 0) : 0;
  return (
    <>
      <TableRow data-testid={`dispense-line-${line.medicineId}`}>
        <TableCell>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {line.medicineLabel}
          </Typography>
          <Typography variant="caption" component="div">
            {line.directions.en} / {line.directions.ms}
            {line.instructions ? ` · ${line.instructions}` : ''}
          </Typography>
          {isControlled(line.legalClass) && <Chip size="small" color="warning" label={t('dispensary.controlled')} sx={{ mt: 0.5 }} />}
        </TableCell>
        <TableCell align="right">{`${line.prescribed} ${line.unit}`}</TableCell>
        <TableCell align="right">{line.owed}</TableCell>
        <TableCell align="right">{line.usableOnHand}</TableCell>
        <TableCell sx={{ width: 110 }}>
          <TextField
            size="small"
            value={choice.give}
            disabled={line.owed === 0}
            onChange={(event) => onChange({ ...choice, give: event.target.value.replace(/[^0-9]/g, '') })}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('dispensary.columns.give') } }}
          />
        </TableCell>
        <TableCell>
          <Stack spacing={0.5}>
            {takes.map((take) => (
              <Typography key={take.batchId} variant="body2" data-testid="batch-take">
                {t('dispensary.batch', { batchNo: take.batchNo, expiry: dates.date(`${take.expiryDate}T12:00:00Z`), quantity: take.quantity })}
              </Typography>
            ))}
            {short > 0 && (
              <Typography variant="body2" color="error">
                {t('dispensary.short', { count: short })}
              </Typography>
            )}
            {choice.pick && <Typography variant="caption">{t('dispensary.chosen', { batchNo: choice.pick.batchNo, reason: choice.pick.reason })}</Typography>}
            {line.batches.length > 1 && line.owed > 0 && (
              <Button size="small" onClick={() => setChoosing(true)} sx={{ alignSelf: 'flex-start' }}>
                {t('dispensary.otherBatch')}
              </Button>
            )}
          </Stack>
        </TableCell>
      </TableRow>
      {(line.findings.length > 0 || line.overrideReason) && (
        <TableRow>
          <TableCell colSpan={6} sx={{ bgcolor: 'warning.light' }}>
            {line.overrideReason && <Typography variant="body2">{t('dispensary.prescribedWith', { name: line.prescriberName ?? '—', reason: line.overrideReason })}</Typography>}
            {line.findings.length > 0 && (
              <>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {t('dispensary.findingsNow')}
                </Typography>
                <FindingList findings={line.findings} />
              </>
            )}
          </TableCell>
        </TableRow>
      )}
      {choosing && (
        <OtherBatchDialog
          medicine={line.medicineLabel}
          batches={line.batches}
          onClose={() => setChoosing(false)}
          onPick={(pick) => {
            onChange({ ...choice, pick });
            setChoosing(false);
          }}
        />
      )}
    </>
  );
}
