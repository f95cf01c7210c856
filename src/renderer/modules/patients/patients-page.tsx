import { Button, Stack, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../session/session-context';
import { PatientDetail } from './patient-detail';
import { PatientSearch } from './patient-search';
import { RegisterDialog } from './register-dialog';

/** The front desk's patient registry: find a patient, open the record, or register someone new. */
export function PatientsPage() {
  const { t } = useTranslation();
  const canManage = useCan('patients.manage');
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const openId = params.get('id');
  const open = (id: string | null): void => {
    setRegistering(false);
    setParams(id ? { id } : {});
  };

  if (openId) return <PatientDetail id={openId} onBack={() => open(null)} />;
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          {t('nav.patients')}
        </Typography>
        {canManage && (
          <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setRegistering(true)} data-testid="patient-register">
            {t('patients.register')}
          </Button>
        )}
      </Stack>
      <PatientSearch onOpen={open} />
      {registering && <RegisterDialog onClose={() => setRegistering(false)} onOpen={open} />}
    </Stack>
  );
}
