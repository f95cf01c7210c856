import { Button, Stack, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../session/session-context';
import { ImportDialog } from './import-dialog';
import { PatientDetail } from './patient-detail';
import { PatientSearch } from './patient-search';
import { RegisterDialog } from './register-dialog';

/** The front desk's patient registry: find a patient, open the record, or register someone new. */
export function PatientsPage() {
  const { t } = useTranslation();
  const canManage = useCan('patients.manage');
  const canImport = useCan('patients.import');
  const [params, setParams] = useSearchParams();
  const [registering, setRegistering] = useState(false);
  const [importing, setImporting] = useState(false);
  const openId = params.get('id');
  const open = (id: string | null): void => {
    setRegistering(false);
    setParams(id ? { id } : {});
  };

  if (openId) return <PatientDetail key={openId} id={openId} onBack={() => open(null)} onOpen={open} />;
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          {t('nav.patients')}
        </Typography>
        <Stack direction="row" spacing={1}>
          {canImport && (
            <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)} data-testid="patient-import">
              {t('patientImport.button')}
            </Button>
          )}
          {canManage && (
            <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setRegistering(true)} data-testid="patient-register">
              {t('patients.register')}
            </Button>
          )}
        </Stack>
      </Stack>
      <PatientSearch onOpen={open} />
      {registering && <RegisterDialog onClose={() => setRegistering(false)} onOpen={open} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </Stack>
  );
}
