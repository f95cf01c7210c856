import { dayMonthYear, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import type { UserRecord } from '../users';
import { doctorSignature, patientFields } from './document-parties';

export interface TimeSlipFacts {
  patient: PatientIdentity;
  doctor: Pick<UserRecord, 'displayName' | 'mmcNo' | 'qualifications'>;
  date: string;
  arrivedAt: string;
  leftAt: string;
  remarks: string | null;
}

/** "Slip Masa / Time slip": the patient attended the clinic on this day from one time to another; no leave, no diagnosis. */
export function timeSlipPage(facts: TimeSlipFacts): PageContent {
  return {
    title: 'Slip Masa / Time Slip',
    languages: ['ms', 'en'],
    page: { size: 'A5', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', text: 'SLIP MASA / TIME SLIP', align: 'center' },
      {
        kind: 'fields',
        fields: [
          ...patientFields(facts.patient),
          { label: 'Tarikh / Date', value: dayMonthYear(facts.date) },
          { label: 'Masa / Time', value: `${facts.arrivedAt} – ${facts.leftAt}` },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Dengan ini disahkan bahawa pesakit di atas telah hadir ke klinik ini untuk rawatan pada masa tersebut. / This is to certify that the patient above attended this clinic for treatment during the time stated.',
      },
      ...(facts.remarks ? [{ kind: 'paragraph' as const, text: `Catatan / Remarks: ${facts.remarks}` }] : []),
      doctorSignature(facts.doctor, 'Tandatangan dan cop klinik / Signature and clinic stamp'),
      { kind: 'serial-box' },
    ],
  };
}
