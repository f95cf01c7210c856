import { MenuItem, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textLimitsOf } from '../../../shared/schemas/field-paths';
import { issueReferralLetterInputSchema, REFERRAL_URGENCIES, type IssuedVisitDocument, type ReferralUrgency } from '../../../shared/schemas/visit-documents';
import { useTRPC } from '../../api/client';
import { DocumentDialog } from './document-dialog';
import { DraftFromVisit, useLetterVerdict } from './draft-from-visit';
import { useIssueDocument } from './use-issue-document';

const LIMITS = textLimitsOf(issueReferralLetterInputSchema);

export interface ReferralLetterDialogProps {
  visitId: string;
  /** The visit's findings so far (vitals, examination), for the doctor to edit rather than retype. */
  findingsSuggestion?: string;
  open: boolean;
  onClose: () => void;
  onIssued: (document: IssuedVisitDocument) => void;
}

type TextFieldName = 'to.hospital' | 'to.specialistName' | 'to.specialty' | 'reason' | 'findings' | 'currentMedications';
const FIELDS: readonly { field: TextFieldName; label: string; multiline?: boolean; required?: boolean }[] = [
  { field: 'to.hospital', label: 'hospital', required: true },
  { field: 'to.specialistName', label: 'specialistName' },
  { field: 'to.specialty', label: 'specialty' },
  { field: 'reason', label: 'reason', multiline: true, required: true },
  { field: 'findings', label: 'findings', multiline: true, required: true },
  { field: 'currentMedications', label: 'currentMedications', multiline: true },
];

/** A referral letter to a hospital or a named specialist, with the visit's findings; A4, opens as a PDF. */
export function ReferralLetterDialog({ visitId, findingsSuggestion = '', open, onClose, onIssued }: ReferralLetterDialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [text, setText] = useState<Record<TextFieldName, string>>({
    'to.hospital': '', 'to.specialistName': '', 'to.specialty': '', reason: '', findings: findingsSuggestion, currentMedications: '',
  });
  const [urgency, setUrgency] = useState<ReferralUrgency>('routine');
  const drafting = useMutation(
    trpc.ai.letters.draftReferral.mutationOptions({ onSuccess: ({ content }) => setText((current) => ({ ...current, ...content })) }),
  );
  const drafted = drafting.data;
  const verdict = useLetterVerdict();
  const clearDraft = (): void => {
    verdict.cleared(drafted);
    setText((current) => ({ ...current, reason: '', findings: findingsSuggestion, currentMedications: '' }));
    drafting.reset();
  };
  const mutation = useMutation(trpc.visitDocuments.issueReferralLetter.mutationOptions());
  const unchanged = (): boolean =>
    !!drafted && drafted.content.reason === text.reason && drafted.content.findings === text.findings && drafted.content.currentMedications === text.currentMedications;
  const issued = (document: IssuedVisitDocument): void => {
    verdict.issued(drafted, unchanged());
    onIssued(document);
  };
  const { form, issue, frame } = useIssueDocument({ visitId, mutation, limits: LIMITS, onIssued: issued, onClose });
  const optional = (value: string): string | undefined => value.trim() || undefined;
  const submit = (): void =>
    issue({
      visitId,
      to: { hospital: text['to.hospital'], specialistName: optional(text['to.specialistName']), specialty: optional(text['to.specialty']) },
      reason: text.reason,
      findings: text.findings,
      currentMedications: optional(text.currentMedications),
      urgency,
    });

  return (
    <DocumentDialog
      open={open}
      title={t('visitDocuments.referral.title')}
      submitLabel={t('visitDocuments.referral.issue')}
      onSubmit={submit}
      {...frame}
      testId="referral-dialog"
    >
      <DraftFromVisit draft={drafted} pending={drafting.isPending} error={drafting.error} onDraft={() => drafting.mutate({ visitId })} onClear={clearDraft} testId="referral" />
      {FIELDS.map(({ field, label, multiline, required }, index) => (
        <TextField
          key={field}
          label={t(`visitDocuments.referral.${label}` as 'visitDocuments.referral.hospital')}
          required={required}
          autoFocus={index === 0}
          multiline={multiline}
          minRows={multiline ? 2 : undefined}
          value={text[field]}
          onChange={(event) => setText((current) => ({ ...current, [field]: event.target.value }))}
          {...form.check(field, text[field])}
          slotProps={{ htmlInput: { ...form.input(field), 'data-testid': `referral-${label}` } }}
        />
      ))}
      <TextField select label={t('visitDocuments.referral.urgency')} value={urgency} onChange={(event) => setUrgency(event.target.value as ReferralUrgency)}>
        {REFERRAL_URGENCIES.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {t(`visitDocuments.referral.urgencies.${choice}`)}
          </MenuItem>
        ))}
      </TextField>
    </DocumentDialog>
  );
}
