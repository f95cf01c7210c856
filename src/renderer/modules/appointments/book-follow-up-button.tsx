import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentView } from '../../../shared/schemas/appointments';
import { useCan } from '../../session/session-context';
import { BookingDialog } from './booking-dialog';

interface Props {
  visitId: string;
  patientId: string;
  /** The doctor who saw the patient, when known: a follow-up is usually with them. */
  doctorId?: string;
  onBooked?: (appointment: AppointmentView) => void;
}

/**
 * "See me again in two weeks": books the visit's patient, linked to the visit. For the queue
 * and consultation screens; shown only to those who may book.
 */
export function BookFollowUpButton({ visitId, patientId, doctorId, onBooked }: Props) {
  const { t } = useTranslation();
  const canBook = useCan('appointments.book');
  const [open, setOpen] = useState(false);
  if (!canBook) return null;
  return (
    <>
      <Button size="small" startIcon={<EventRepeatIcon />} onClick={() => setOpen(true)} data-testid="book-follow-up">
        {t('appointments.details.bookFollowUp')}
      </Button>
      {open && <BookingDialog initial={{ patientId, doctorId, followUpOfVisitId: visitId }} onClose={() => setOpen(false)} onBooked={onBooked} />}
    </>
  );
}
