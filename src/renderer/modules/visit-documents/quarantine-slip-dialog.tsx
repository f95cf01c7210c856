import { Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/clinic-time';
import { textLimitsOf } from '../../../shared/schemas/field-paths';
import { issueQuarantineSlipInputSchema, QUARANTINE_MAX_DAYS, type IssuedVisitDocument } from '../../../shared/schemas/visit-documents';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { useClinicClock } from '../../format/use-clinic-clock';
import { DocumentDialog } from './document-dialog';
import { DraftFromVisit, useLetterVerdict } from './draft-from-visit';
import { useIssueDocument } from './use-issue-document';

const LIMITS = textLimitsOf(issueQuarantineSlipInputSchema);

export interface QuarantineSlipDialogProps {
  visitId: string;
  open: boolean;
  onClose: () => void;
  onIssued: (document: IssuedVisitDocument) => void;
}

type Wording = { condition: string; instructions: string };

/**
 * The quarantine slip: the condition (notifiable under Act 342 or not), isolation at home from
 * today for the days the doctor gives, and the instructions; Enter issues it and opens the PDF.
 */
export function QuarantineSlipDialog({ visitId, open, onClose, onIssued }: QuarantineSlipDialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(addDays(today, 6));
  const [place, setPlace] = useState(t('visitDocuments.quarantine.home'));
  const [notifiable, setNotifiable] = useState(false);
  const [wording, setWording] = useState<Wording>({ condition: '', instructions: '' });
  const drafting = useMutation(
    trpc.ai.letters.draftQuarantine.mutationOptions({
      onSuccess: ({ content }) => {
        setWording({ condition: content.condition, instructions: content.instructions });
        setNotifiable(content.notifiable);
      },
    }),
  );
  const drafted = drafting.data;
  const verdict = useLetterVerdict();
  const clearDraft = (): void => {
    verdict.cleared(drafted);
    setWording({ condition: '', instructions: '' });
    setNotifiable(false);
    drafting.reset();
  };
  const mutation = useMutation(trpc.visitDocuments.issueQuarantineSlip.mutationOptions());
  const issued = (document: IssuedVisitDocument): void => {
    verdict.issued(drafted, !!drafted && drafted.content.condition === wording.condition && drafted.content.instructions === wording.instructions && drafted.content.notifiable === notifiable);
    onIssued(document);
  };
  const { form, issue, frame } = useIssueDocument({ visitId, mutation, limits: LIMITS, onIssued: issued, onClose });
  const submit = (): void => issue({ visitId, condition: wording.condition, notifiable, from, to, place, instructions: wording.instructions });
  const text = (field: keyof Wording, multiline = false, autoFocus = false) => (
    <TextField
      label={t(`visitDocuments.quarantine.${field}`)}
      required
      autoFocus={autoFocus}
      multiline={multiline}
      minRows={multiline ? 3 : undefined}
      value={wording[field]}
      onChange={(event) => setWording((current) => ({ ...current, [field]: event.target.value }))}
      {...form.check(field, wording[field])}
      slotProps={{ htmlInput: { ...form.input(field), 'data-testid': `quarantine-${field}` } }}
    />
  );

  return (
    <DocumentDialog open={open} title={t('visitDocuments.quarantine.title')} submitLabel={t('visitDocuments.quarantine.issue')} onSubmit={submit} {...frame} testId="quarantine-dialog">
      <DraftFromVisit draft={drafted} pending={drafting.isPending} error={drafting.error} onDraft={() => drafting.mutate({ visitId })} onClear={clearDraft} testId="quarantine" />
      {text('condition', false, true)}
      <FormControlLabel
        control={<Checkbox checked={notifiable} onChange={(event) => setNotifiable(event.target.checked)} slotProps={{ input: { 'data-testid': 'quarantine-notifiable' } as object }} />}
        label={t('visitDocuments.quarantine.notifiable')}
      />
      <Stack direction="row" spacing={2}>
        <DateField label={t('visitDocuments.quarantine.from')} value={from} onChange={(date) => date && setFrom(date)} required {...form.check('from')} htmlInput={{ ...form.input('from'), 'data-testid': 'quarantine-from' }} />
        <DateField label={t('visitDocuments.quarantine.to')} value={to} min={from} onChange={(date) => date && setTo(date)} required {...form.check('to')} htmlInput={{ ...form.input('to'), 'data-testid': 'quarantine-to' }} />
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {t('visitDocuments.quarantine.datesHint', { maxDays: QUARANTINE_MAX_DAYS })}
      </Typography>
      <TextField
        label={t('visitDocuments.quarantine.place')}
        required
        value={place}
        onChange={(event) => setPlace(event.target.value)}
        {...form.check('place', place)}
        slotProps={{ htmlInput: { ...form.input('place'), 'data-testid': 'quarantine-place' } }}
      />
      {text('instructions', true)}
    </DocumentDialog>
  );
}
