import { Stack, Tab, Tabs, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppointmentTypesEditor } from './appointment-types-editor';
import { ResourcesEditor } from './resources-editor';
import { ScheduleBlocks } from './schedule-blocks';
import { ScheduleTemplates } from './schedule-templates';

const TABS = ['templates', 'blocks', 'types', 'resources'] as const;
type SetupTab = (typeof TABS)[number];

/** The admin's set-up behind the calendar: doctors' weeks, leave and holidays, appointment types, resources. */
export function SchedulesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: SetupTab = TABS.find((name) => name === asked) ?? 'templates';
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        {t('nav.schedules')}
      </Typography>
      <Tabs value={tab} onChange={(_, next: SetupTab) => setParams({ tab: next })} variant="scrollable">
        {TABS.map((name) => (
          <Tab key={name} value={name} label={t(`appointments.setup.${name}`)} data-testid={`schedules-tab-${name}`} />
        ))}
      </Tabs>
      {tab === 'templates' && <ScheduleTemplates />}
      {tab === 'blocks' && <ScheduleBlocks />}
      {tab === 'types' && <AppointmentTypesEditor />}
      {tab === 'resources' && <ResourcesEditor />}
    </Stack>
  );
}
