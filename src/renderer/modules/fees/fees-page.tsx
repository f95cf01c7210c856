import { Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Fee } from '../../../shared/schemas/fees';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import { SetupListEditor } from '../../components/setup-list/setup-list-editor';
import { useRinggit } from '../../format/ringgit';
import { useCan } from '../../session/session-context';
import { FeeFields, NEW_FEE } from './fee-fields';

/** Setup → Fees: what the clinic charges for consultations, procedures, lab tests and packages; editing needs clinic.manage. */
export function FeesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ringgit = useRinggit();
  const editable = useCan('clinic.manage');
  const fees = useQuery(trpc.fees.list.queryOptions({ includeInactive: true }));
  const doctors = useQuery({ ...trpc.appointments.doctors.queryOptions(), enabled: useCan('appointments.book') });
  const save = useMutation(trpc.fees.save.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.fees.pathKey() }) }));
  const doctorName = new Map((doctors.data ?? []).map((doctor) => [doctor.id, doctor.name]));
  const whose = (fee: Fee): string => (fee.doctorId === null ? t('fees.everyDoctor') : (doctorName.get(fee.doctorId) ?? t('fees.aDoctor')));
  const hours = (fee: Fee): string => (fee.fromTime === null ? t('fees.anyTime') : `${fee.fromTime}–${fee.toTime ?? ''}`);
  const columns: DataColumn<Fee>[] = [
    { key: 'code', header: t('fees.code'), cell: (fee) => <strong>{fee.code}</strong>, sortValue: (fee) => fee.code, width: 100 },
    { key: 'name', header: t('fees.name'), cell: (fee) => fee.name, sortValue: (fee) => fee.name },
    { key: 'kind', header: t('fees.kind'), cell: (fee) => t(`fees.kinds.${fee.kind}`), sortValue: (fee) => fee.kind },
    { key: 'price', header: t('fees.price'), cell: (fee) => ringgit(fee.priceSen), sortValue: (fee) => fee.priceSen, align: 'right' },
    { key: 'taxable', header: t('fees.taxable'), cell: (fee) => (fee.taxable ? t('fees.yes') : t('fees.no')), sortValue: (fee) => (fee.taxable ? 0 : 1) },
    { key: 'doctor', header: t('fees.doctor'), cell: (fee) => (fee.kind === 'consultation' ? whose(fee) : ''), sortValue: (fee) => (fee.kind === 'consultation' ? whose(fee) : '') },
    { key: 'hours', header: t('fees.hours'), cell: hours, sortValue: (fee) => fee.fromTime ?? '', nowrap: true },
  ];
  return (
    <Stack spacing={2} sx={{ maxWidth: 1400 }}>
      <Typography variant="h4" component="h1">
        {t('nav.fees')}
      </Typography>
      <Typography color="text.secondary">{t('fees.intro')}</Typography>
      <SetupListEditor
        words={{ title: t('fees.title'), add: t('fees.add'), empty: t('fees.none') }}
        testId="fee-form" editable={editable} list={fees} save={save} blank={NEW_FEE} columns={columns} rowTestId={(fee) => `fee-row-${fee.code}`}
        fields={(draft, set, check) => <FeeFields draft={draft} set={set} check={check} doctors={doctors.data ?? []} />}
      />
    </Stack>
  );
}
