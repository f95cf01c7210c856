import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { saveFile } from '../../components/save-file';

interface Props {
  patientId: string;
  mrn: string;
}

/**
 * Downloads the patient's whole record as a FHIR R4 bundle (`<MRN>-fhir.json`) for another clinic
 * or the patient. Fetched only on the click: every export is audited, so none happens by opening the record.
 */
export function ExportFhirButton({ patientId, mrn }: Props) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const exported = useMutation({
    mutationFn: () => client.fhirExport.patient.query({ patientId }),
    onSuccess: (bundle) => saveFile(JSON.stringify(bundle, null, 2), `${mrn}-fhir.json`, 'application/fhir+json'),
  });
  return (
    <>
      <Button startIcon={<DownloadIcon />} onClick={() => exported.mutate()} disabled={exported.isPending} data-testid="patient-export-fhir">
        {t('patientRecord.exportFhir.button')}
      </Button>
      {exported.error && <ErrorAlert error={exported.error} />}
    </>
  );
}
