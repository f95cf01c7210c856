import { Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/clinic-time';
import { textLimitsOf } from '../../../shared/schemas/field-paths';
import { issueMedicalCertificateInputSchema, MC_MAX_DAYS, type IssuedVisitDocument } from '../../../shared/schemas/visit-documents';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { useClinicClock } from '../../format/use-clinic-clock';
import { DocumentDialog } from './document-dialog';
import { DraftFromVisit, useLetterVerdict } from './draft-from-visit';
import { useIssueDocument } from './use-issue-document';

const LIMITS = textLimitsOf(issueMedicalCertificateInputSchema);

export interface MedicalCertificateDialogProps {
  visitId: string;
  /** The visit's primary diagnosis, if the doctor has chosen one: printed only when the patient agrees. */
  diagnosisSuggestion: string | null;
  open: boolean;
  onClose: () => void;
  onIssued: (document: IssuedVisitDocument) => void;
}

/** Days from `from` to `to`, both counted: 3 Dec to 4 Dec is 2. */
function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The MC in a few keys: the days field has the focus, the last day follows the days (and the days
 * the last day), leave starts today; Enter issues it and opens the PDF.
 */
export function MedicalCertificateDialog({ visitId, diagnosisSuggestion, open, onClose, onIssued }: MedicalCertificateDialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const [from, setFrom] = useState(today);
  const [days, setDays] = useState(1);
  const [diagnosis, setDiagnosis] = useState(diagnosisSuggestion ?? '');
  const [showDiagnosis, setShowDiagnosis] = useState(false);
  const [remarks, setRemarks] = useState('');
  const to = addDays(from, Math.max(days, 1) - 1);
  const drafting = useMutation(trpc.ai.letters.draftMcRemarks.mutationOptions({ onSuccess: ({ content }) => setRemarks(content.remarks) }));
  const drafted = drafting.data;
  const verdict = useLetterVerdict();
  const clearDraft = (): void => {
    verdict.cleared(drafted);
    setRemarks('');
    drafting.reset();
  };
  const mutation = useMutation(trpc.visitDocuments.issueMedicalCertificate.mutationOptions());
  const issued = (document: IssuedVisitDocument): void => {
    verdict.issued(drafted, !!drafted && drafted.content.remarks === remarks);
    onIssued(document);
  };
  const { form, issue, frame } = useIssueDocument({ visitId, mutation, limits: LIMITS, onIssued: issued, onClose });
  const submit = (): void =>
    issue({ visitId, days, from, to, diagnosis: diagnosis.trim() || null, showDiagnosis, remarks: remarks.trim() || undefined });

  return (
    <DocumentDialog
      open={open}
      title={t('visitDocuments.mc.title')}
      submitLabel={t('visitDocuments.mc.issue')}
      onSubmit={submit}
      {...frame}
      testId="mc-dialog"
    >
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('visitDocuments.mc.days')}
          type="number"
          required
          autoFocus
          value={days}
          onChange={(event) => setDays(Math.min(MC_MAX_DAYS, Math.max(1, Math.trunc(Number(event.target.value)) || 1)))}
          {...form.check('days')}
          slotProps={{ htmlInput: { ...form.input('days'), min: 1, max: MC_MAX_DAYS, 'data-testid': 'mc-days' } }}
          sx={{ width: 140 }}
        />
        <DateField label={t('visitDocuments.mc.from')} value={from} onChange={(date) => date && setFrom(date)} required {...form.check('from')} htmlInput={{ ...form.input('from'), 'data-testid': 'mc-from' }} />
        <DateField
          label={t('visitDocuments.mc.to')}
          value={to}
          min={from}
          onChange={(date) => date && date >= from && setDays(Math.min(MC_MAX_DAYS, daysFrom(from, date)))}
          required
          {...form.check('to')}
          htmlInput={{ ...form.input('to'), 'data-testid': 'mc-to' }}
        />
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {t('visitDocuments.mc.daysHint')}
      </Typography>
      <TextField
        label={t('visitDocuments.mc.diagnosis')}
        value={diagnosis}
        onChange={(event) => setDiagnosis(event.target.value)}
        {...form.check('diagnosis', diagnosis)}
        slotProps={{ htmlInput: { ...form.input('diagnosis'), 'data-testid': 'mc-diagnosis' } }}
      />
      <FormControlLabel
        control={<Checkbox checked={showDiagnosis} onChange={(event) => setShowDiagnosis(event.target.checked)} slotProps={{ input: { 'data-testid': 'mc-show-diagnosis' } as object }} />}
        label={t('visitDocuments.mc.showDiagnosis')}
      />
      <DraftFromVisit draft={drafted} pending={drafting.isPending} error={drafting.error} onDraft={() => drafting.mutate({ visitId })} onClear={clearDraft} testId="mc" />
      <TextField
        label={t('visitDocuments.remarks')}
        value={remarks}
        onChange={(event) => setRemarks(event.target.value)}
        {...form.check('remarks', remarks)}
        slotProps={{ htmlInput: { ...form.input('remarks'), 'data-testid': 'mc-remarks' } }}
      />
    </DocumentDialog>
  );
}
