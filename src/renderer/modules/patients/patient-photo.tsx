import { Alert, Avatar, Button, Stack } from '@mui/material';
import PersonIcon from '@mui/icons-material/Person';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { encodePhoto } from './photo-encoding';

/** The patient's photo beside the header, so the desk can tell two namesakes apart; add, change or remove it when `editable`. */
export function PatientPhoto({ patientId, editable }: { patientId: string; editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [unreadable, setUnreadable] = useState(false);
  const photo = useQuery(trpc.patients.photo.queryOptions({ id: patientId }));
  const refresh = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.patients.photo.queryKey({ id: patientId }) }) };
  const save = useMutation(trpc.patients.setPhoto.mutationOptions(refresh));
  const remove = useMutation(trpc.patients.removePhoto.mutationOptions(refresh));
  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const encoded = await encodePhoto(file);
    setUnreadable(encoded === null);
    if (encoded) save.mutate({ patientId, ...encoded });
  };
  const current = photo.data;
  const busy = save.isPending || remove.isPending;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'center', minWidth: 120, '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
      <Avatar
        variant="rounded"
        src={current ? `data:${current.mime};base64,${current.dataBase64}` : undefined}
        alt={t('patientRecord.photo.alt')}
        sx={{ width: 96, height: 124 }}
        slotProps={{ img: { 'data-testid': 'patient-photo-image' } as object }}
      >
        <PersonIcon sx={{ fontSize: 64 }} />
      </Avatar>
      {editable && (
        <Button size="small" component="label" disabled={busy} data-testid="patient-photo-choose">
          {current ? t('patientRecord.photo.change') : t('patientRecord.photo.add')}
          <input hidden type="file" accept="image/*" capture="user" onChange={(event) => void choose(event)} data-testid="patient-photo-file" />
        </Button>
      )}
      {editable && current && (
        <Button size="small" color="inherit" disabled={busy} onClick={() => remove.mutate({ id: patientId })} data-testid="patient-photo-remove">
          {t('patientRecord.photo.remove')}
        </Button>
      )}
      {unreadable && <Alert severity="error">{t('patientRecord.photo.unreadable')}</Alert>}
      <ErrorAlert error={photo.error ?? save.error ?? remove.error} />
    </Stack>
  );
}
