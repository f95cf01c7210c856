import { Chip, Paper, Stack, Typography } from '@mui/material';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ageParts } from '../../../shared/age';
import type { Patient } from '../../../shared/schemas/patients';
import type { VisitSummary } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { useClinicClock, useNow } from '../../format/use-clinic-clock';
import { AllergyState } from '../patients/allergy-state';
import { PRIORITY_COLOUR } from '../queue/waiting-list';

/** "56 y", "1 y 3 m" for a small child, "7 m" for an infant: doses and ranges go by it. */
export function ageText(t: TFunction, dateOfBirth: string, today: string): string {
  const { years, months } = ageParts(dateOfBirth, today);
  if (years >= 5) return t('consultation.banner.age', { years });
  return years === 0 ? t('consultation.banner.ageInfant', { months }) : t('consultation.banner.ageChild', { years, months });
}

/**
 * Who is in the room, always in sight while the doctor works: name, age, sex, MRN, allergies and
 * alerts in red, panel, today's complaint and priority, and how long they waited.
 */
export function PatientBanner({ patient, visit }: { patient: Patient; visit: VisitSummary }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const now = useNow(60_000);
  const panels = useQuery(trpc.panels.list.queryOptions());
  const panelNames = patient.panels.map((card) => panels.data?.find((panel) => panel.id === card.panelId)?.name).filter(Boolean);
  const waited = Math.max(0, Math.round((now.getTime() - new Date(visit.createdAt).getTime()) / 60_000));
  const facts = [
    patient.mrn,
    patient.dateOfBirth ? ageText(t, patient.dateOfBirth, today) : null,
    patient.sex ? t(`patients.sexes.${patient.sex}`) : null,
    t('consultation.banner.ticket', { ticketNo: visit.ticketNo }),
    visit.status === 'open' ? t('consultation.banner.waited', { count: waited }) : t(visit.status === 'no_show' ? 'consultation.banner.noShow' : 'consultation.banner.finished'),
  ];
  return (
    <Paper variant="outlined" sx={{ p: 1.5, position: 'sticky', top: 64, zIndex: 2 }} data-testid="patient-banner">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="h6" component="h2" data-testid="banner-name">
          {patient.fullName}
        </Typography>
        <Typography color="text.secondary">{facts.filter(Boolean).join(' · ')}</Typography>
        {visit.priority !== 'normal' && <Chip size="small" color={PRIORITY_COLOUR[visit.priority]} label={t(`queue.priorities.${visit.priority}`)} />}
      </Stack>
      <Typography variant="body2" data-testid="banner-complaint">
        {t('consultation.banner.complaint', { complaint: visit.chiefComplaint || '—' })}
        {panelNames.length > 0 && ` · ${t('consultation.banner.panel', { panels: panelNames.join(', ') })}`}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 0.5, alignItems: 'center' }} data-testid="banner-allergies">
        <AllergyState patient={patient} />
        {patient.alerts.map((alert) => (
          <Chip key={alert} size="small" color="error" icon={<NotificationImportantIcon />} label={alert} />
        ))}
      </Stack>
    </Paper>
  );
}
