import { dayMonthYear, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import { certificatePage, type SigningDoctor } from './certificate-page';

export interface TimeSlipFacts {
  patient: PatientIdentity;
  doctor: SigningDoctor;
  date: string;
  arrivedAt: string;
  leftAt: string;
  remarks: string | null;
}

/** "Slip Masa / Time slip": the patient attended the clinic on this day from one time to another; no leave, no diagnosis. */
export function timeSlipPage(facts: TimeSlipFacts): PageContent {
  return certificatePage({
    title: 'Slip Masa / Time Slip',
    patient: facts.patient,
    facts: [
      { label: 'Tarikh / Date', value: dayMonthYear(facts.date) },
      { label: 'Masa / Time', value: `${facts.arrivedAt} – ${facts.leftAt}` },
    ],
    statement:
      'Dengan ini disahkan bahawa pesakit di atas telah hadir ke klinik ini untuk rawatan pada masa tersebut. / This is to certify that the patient above attended this clinic for treatment during the time stated.',
    remarks: facts.remarks,
    doctor: facts.doctor,
  });
}
