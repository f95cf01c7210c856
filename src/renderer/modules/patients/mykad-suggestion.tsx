import { Alert, Button, Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicClock } from '../../format/use-clinic-clock';
import { asMyKad, type PatientDraft } from './patient-draft';

/**
 * On the edit form: a passport or other document whose number is a valid MyKad (12 digits, a
 * real birth date, a place code JPN issues) is offered as a MyKad. "Use MyKad" switches the
 * draft (saved with the rest); "Keep as it is" only closes the offer for this number, and
 * nothing of it is kept. Once switched, a birth date or sex the card replaced is pointed out.
 * Null when there is nothing to say.
 */
export function useMyKadSuggestion(draft: PatientDraft, onChange: (draft: PatientDraft) => void, editable: boolean): ReactNode {
  const { t, i18n } = useTranslation();
  const today = useClinicClock().date;
  const [kept, setKept] = useState<string | null>(null);
  const [replaced, setReplaced] = useState<PatientDraft | null>(null);
  if (replaced && draft.identityType === 'mykad') {
    const was = [replaced.dateOfBirth ? calendarDay(replaced.dateOfBirth, i18n.language, 'none') : null, replaced.sex ? t(`patients.sexes.${replaced.sex}`) : null];
    return (
      <Alert severity="warning" onClose={() => setReplaced(null)} data-testid="patient-mykad-replaced">
        {t('patients.myKadReplaced', { was: was.filter(Boolean).join(', ') })}
      </Alert>
    );
  }
  const offered = editable && (draft.identityType === 'other' || draft.identityType === 'passport') && kept !== draft.identityNo ? asMyKad(draft, today) : null;
  if (!offered) return null;
  const use = (): void => {
    setReplaced(offered.replaced ? draft : null);
    onChange(offered.draft);
  };
  return (
    <Alert
      severity="warning"
      data-testid="patient-looks-like-mykad"
      action={
        <Stack direction="row">
          <Button onClick={use} data-testid="patient-use-mykad">
            {t('patients.useMyKad')}
          </Button>
          <Button onClick={() => setKept(draft.identityNo)} data-testid="patient-keep-as-is">
            {t('patients.keepAsItIs')}
          </Button>
        </Stack>
      }
    >
      {t('patients.looksLikeMyKad')}
    </Alert>
  );
}
