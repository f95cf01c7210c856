import { Alert, Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScribeConsentAnswer, ScribeVisitState } from '../../../shared/schemas/scribe';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';

interface Props {
  visitId: string;
  consent: ScribeVisitState['consent'];
  /** While recording, the answer stands. */
  locked: boolean;
  /** Something of this visit is recorded: a refusal now deletes it. */
  recorded: boolean;
  onAnswered: () => void;
}

/**
 * The patient's consent to recording, asked at every visit: the question to read out, the answer
 * recorded with who asked and when. A refusal is recorded too and may be asked again later.
 */
export function ScribeConsent({ visitId, consent, locked, recorded, onAnswered }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const [asking, setAsking] = useState(false);
  const record = useMutation(trpc.scribe.recordConsent.mutationOptions({ onSuccess: () => (setAsking(false), onAnswered()) }));
  const answer = (value: ScribeConsentAnswer) => record.mutate({ visitId, answer: value });

  if (consent && !asking) {
    const who = { name: consent.askedByName ?? t('scribe.consent.someone'), when: dates.dateTime(consent.askedAt) };
    return (
      <Stack spacing={1} data-testid="scribe-consent" data-answer={consent.answer}>
        <Alert
          severity={consent.answer === 'granted' ? 'success' : 'info'}
          action={
            !locked && (
              <Button color="inherit" size="small" onClick={() => setAsking(true)} data-testid="scribe-consent-again">
                {t('scribe.consent.askAgain')}
              </Button>
            )
          }
        >
          {t(consent.answer === 'granted' ? 'scribe.consent.grantedBy' : 'scribe.consent.refusedBy', who)}
          {consent.answer === 'refused' && (
            <Typography variant="body2" data-testid="scribe-write-by-hand">
              {t('scribe.consent.refusedHint')}
            </Typography>
          )}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack spacing={1} data-testid="scribe-consent" data-answer="">
      <Typography variant="body2">{t('scribe.consent.question')}</Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={record.isPending} onClick={() => answer('granted')} data-testid="scribe-consent-granted">
          {t('scribe.consent.granted')}
        </Button>
        <Button variant="outlined" disabled={record.isPending} onClick={() => answer('refused')} data-testid="scribe-consent-refused">
          {t('scribe.consent.refused')}
        </Button>
      </Stack>
      {recorded && (
        <Typography variant="body2" color="warning.main" data-testid="scribe-consent-withdraws">
          {t('scribe.consent.withdraws')}
        </Typography>
      )}
      <ErrorAlert error={record.error} />
    </Stack>
  );
}
