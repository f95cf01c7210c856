import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { PatientSearch } from '../patients/patient-search';
import { RegisterDialog } from '../patients/register-dialog';

interface Props {
  patientId: string | null;
  onChange: (patientId: string | null) => void;
  /** A follow-up is for the visit's patient: no changing them. */
  locked?: boolean;
}

/** Find the patient as you type, or register a new one without leaving the booking. */
export function PatientPicker({ patientId, onChange, locked = false }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const canRegister = useCan('patients.manage');
  const [registering, setRegistering] = useState(false);
  const patient = useQuery({ ...trpc.patients.get.queryOptions({ id: patientId ?? '' }), enabled: patientId !== null });

  if (patientId !== null) {
    return (
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <ErrorAlert error={patient.error} />
        {patient.data && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} data-testid="booking-patient">
            <Box sx={{ flex: 1 }}>
              <Typography>
                <strong>{patient.data.mrn}</strong> {patient.data.fullName}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {[patient.data.identityNo, patient.data.phones[0]].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
            {!locked && (
              <Button onClick={() => onChange(null)} data-testid="booking-patient-change">
                {t('appointments.booking.changePatient')}
              </Button>
            )}
          </Stack>
        )}
      </Paper>
    );
  }
  return (
    <Stack spacing={1} data-testid="booking-patient-search">
      <PatientSearch onOpen={onChange} />
      {canRegister && (
        <Button startIcon={<PersonAddIcon />} onClick={() => setRegistering(true)} sx={{ alignSelf: 'flex-start' }} data-testid="booking-register">
          {t('appointments.booking.registerNew')}
        </Button>
      )}
      {registering && (
        <RegisterDialog
          onClose={() => setRegistering(false)}
          onOpen={(id) => {
            setRegistering(false);
            onChange(id);
          }}
        />
      )}
    </Stack>
  );
}
