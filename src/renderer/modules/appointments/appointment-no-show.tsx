import { useTranslation } from 'react-i18next';
import type { AppointmentView } from '../../../shared/schemas/appointments';
import { NO_SHOW_UNDO_MINUTES } from '../../../shared/schemas/queue';
import { ConfirmThenUndo } from '../../components/confirm-then-undo';
import type { AppointmentActions } from './use-appointment-actions';

interface Props {
  /** The appointment the desk pressed No-show on, to be confirmed; null when nobody is being asked about. */
  asking: AppointmentView | null;
  actions: AppointmentActions;
  onAsked: () => void;
}

/** An appointment's no-show asks first, naming patient, time and doctor; once marked, it can be undone for the undo window. */
export function AppointmentNoShow({ asking, actions, onAsked }: Props) {
  const { t } = useTranslation();
  const { noShow, undoNoShow } = actions;
  return (
    <ConfirmThenUndo
      asking={asking}
      words={(a) => {
        const values = { name: a.patientName, start: a.start, doctor: a.doctorName, minutes: NO_SHOW_UNDO_MINUTES };
        return { title: t('appointments.noShow.title', values), question: t('appointments.noShow.ask', values), done: t('appointments.noShow.marked', values) };
      }}
      confirmLabel={t('appointments.details.noShow')}
      testId="appointment-no-show-ask"
      color="error"
      act={{ ...noShow, run: (a, done) => noShow.mutate({ appointmentId: a.id }, { onSuccess: done }) }}
      undo={{ isPending: undoNoShow.isPending, run: (a, done) => undoNoShow.mutate({ appointmentId: a.id }, { onSettled: done }) }}
      onAsked={onAsked}
    />
  );
}
