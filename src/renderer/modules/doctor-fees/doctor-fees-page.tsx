import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FeeRulesCard } from './fee-rules-card';
import { StatementCard } from './statement-card';

/** Doctors' fees: the rule each doctor is paid by, and their statement for a period. */
export function DoctorFeesPage() {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="h4" component="h1">
        {t('nav.doctorFees')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('doctorFees.subtitle')}
      </Typography>
      <Stack spacing={2}>
        <StatementCard />
        <FeeRulesCard />
      </Stack>
    </Box>
  );
}
