import { Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Medicine } from '../../../shared/schemas/medicines';
import { REGISTER_KINDS, type RegisterKind } from '../../../shared/schemas/registers';
import { useClinicClock } from '../../format/use-clinic-clock';
import { DangerousDrugsRegister } from './dangerous-drugs-register';
import { RegisterRangeFields } from './register-range-fields';
import { monthSoFar, rangeProblem, type RegisterRange } from './register-range';
import { SupplyRegister } from './supply-register';

/** /registers: the Poisons Act registers for a period, to check and print for the pharmacist or an inspector (pharmacy.dispense). */
export function RegistersPage() {
  const { t } = useTranslation();
  const today = useClinicClock().date;
  const [tab, setTab] = useState<RegisterKind>('prescription-book');
  const [range, setRange] = useState<RegisterRange>(() => monthSoFar(today));
  const [drug, setDrug] = useState<Medicine | null>(null);
  // A range the hub would refuse is not asked for: the fields say what to change.
  const shown = rangeProblem(range) ? null : range;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1400 }}>
      <Typography variant="h4" component="h1">
        {t('registers.title')}
      </Typography>
      <Typography variant="body2">{t('registers.intro')}</Typography>
      <Tabs value={tab} onChange={(_event, next: RegisterKind) => setTab(next)}>
        {REGISTER_KINDS.map((kind) => (
          <Tab key={kind} value={kind} label={t(`registers.tabs.${kind}`)} data-testid={`registers-tab-${kind}`} />
        ))}
      </Tabs>
      <RegisterRangeFields range={range} onChange={setRange} />
      {shown && (tab === 'dangerous-drugs' ? <DangerousDrugsRegister range={shown} drug={drug} onDrugChange={setDrug} /> : <SupplyRegister key={tab} register={tab} range={shown} />)}
    </Stack>
  );
}
