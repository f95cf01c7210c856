import PrintIcon from '@mui/icons-material/Print';
import { Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PrintRegisterInput } from '../../../shared/schemas/registers';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf } from '../../components/show-pdf';

/** Prints a register for the period as the hub lays it out (A4, for the inspector's file). */
export function RegisterPrintButton({ input }: { input: PrintRegisterInput }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const print = useMutation(trpc.registers.print.mutationOptions());
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button variant="outlined" startIcon={<PrintIcon />} disabled={print.isPending} onClick={() => requestPdf(print.mutate, input, () => undefined)} data-testid="registers-print">
        {print.isPending ? t('registers.printing') : t('registers.print')}
      </Button>
      <ErrorAlert error={print.error} />
    </Stack>
  );
}
