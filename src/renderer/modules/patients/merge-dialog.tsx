import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../shared/schemas/patients';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { MergeComparison } from './merge-comparison';
import { PatientSearch } from './patient-search';

interface Props {
  /** The record that stays; the one found here is merged into it. */
  survivor: Patient;
  onClose: () => void;
  onOpen: (id: string) => void;
}

/** Typing the duplicate's MRN is the confirmation: a merge cannot be undone from the desk. */
function confirms(typed: string, mrn: string): boolean {
  return typed.trim().toUpperCase() === mrn.toUpperCase();
}

/**
 * Merges a duplicate into this record: find it, compare the two side by side, type its MRN to
 * confirm. The keyboard carries it through: the search has the cursor, Enter picks a result,
 * the confirmation field then has the cursor, Enter merges, Esc closes.
 */
export function MergeDialog({ survivor, onClose, onOpen }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const duplicate = useQuery({ ...trpc.patients.get.queryOptions({ id: duplicateId ?? '' }), enabled: duplicateId !== null });
  const merge = useMutation(
    trpc.patients.merge.mutationOptions({
      // Both records, their histories and every search list have changed.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.patients.pathKey() }),
    }),
  );
  const candidate = duplicateId ? duplicate.data : undefined;
  const ready = candidate !== undefined && confirms(typed, candidate.mrn) && !merge.isPending;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (ready) merge.mutate({ survivorId: survivor.id, mergedId: candidate.id });
  };
  const chooseAnother = (): void => {
    setDuplicateId(null);
    setTyped('');
    merge.reset();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}>
      <DialogTitle>{t('patientRecord.merge.title', { mrn: survivor.mrn })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {merge.isSuccess && candidate ? (
            <Alert
              severity="success"
              data-testid="merge-done"
              action={<Button onClick={() => onOpen(candidate.id)} data-testid="merge-open-merged">{t('patientRecord.merge.openMerged', { mrn: candidate.mrn })}</Button>}
            >
              {t('patientRecord.merge.done', { mrn: candidate.mrn })}
            </Alert>
          ) : duplicateId === null ? (
            <>
              <Typography>{t('patientRecord.merge.find')}</Typography>
              <PatientSearch onOpen={setDuplicateId} excludeId={survivor.id} />
            </>
          ) : (
            <>
              <ErrorAlert error={duplicate.error} />
              {candidate && <MergeComparison survivor={survivor} duplicate={candidate} />}
              <Alert severity="info">{t('patientRecord.merge.explain')}</Alert>
              {candidate && (
                <TextField
                  autoFocus
                  label={t('patientRecord.merge.confirmLabel', { mrn: candidate.mrn })}
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                  slotProps={{ htmlInput: { 'data-testid': 'merge-confirm-mrn', autoComplete: 'off' } }}
                />
              )}
              <ErrorAlert error={merge.error} />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {duplicateId !== null && !merge.isSuccess && <Button onClick={chooseAnother}>{t('patientRecord.merge.chooseAnother')}</Button>}
        <Button onClick={onClose} data-testid="merge-close">
          {merge.isSuccess ? t('common.close') : t('common.cancel')}
        </Button>
        {!merge.isSuccess && (
          <Button type="submit" variant="contained" color="warning" disabled={!ready} data-testid="merge-submit">
            {t('patientRecord.merge.confirm')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
