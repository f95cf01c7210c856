import type { SickLeave } from '../../../shared/schemas/documents';
import { dayMonthYear, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import { certificatePage, type SigningDoctor } from './certificate-page';

export interface QuarantineSlipFacts {
  patient: PatientIdentity;
  doctor: SigningDoctor;
  examinedOn: string;
  condition: string;
  /** The doctor judged it a notifiable infectious disease: the slip names the Act. */
  notifiable: boolean;
  isolation: SickLeave;
  place: string;
  instructions: string;
}

/**
 * Act 342 (Prevention and Control of Infectious Diseases Act 1988) is the law that lists the
 * notifiable diseases and lets the authorities order isolation. The slip is the clinic's advice
 * and proof for the employer or school, not the district health officer's order nor the doctor's
 * notification to the district health office, which stays the doctor's duty as before.
 */
const ACT_342 = 'Wajib dimaklumkan (Akta 342) / Notifiable (Act 342)';

/**
 * "Slip Kuarantin / Quarantine Slip" (A5, Malay then English, like the MC): the patient, the
 * condition, where and from when to when they stay isolated, what to do meanwhile, and the doctor's
 * signature with the MMC number; the serial box carries the code an employer checks.
 */
export function quarantineSlipPage(facts: QuarantineSlipFacts): PageContent {
  const { isolation } = facts;
  const dates = isolation.days === 1 ? dayMonthYear(isolation.from) : `${dayMonthYear(isolation.from)} – ${dayMonthYear(isolation.to)}`;
  return certificatePage({
    title: 'Slip Kuarantin / Quarantine Slip',
    patient: facts.patient,
    facts: [
      { label: 'Keadaan / Condition', value: facts.notifiable ? `${facts.condition}\n${ACT_342}` : facts.condition },
      { label: 'Pengasingan / Isolation', value: `${isolation.days} hari / ${isolation.days === 1 ? 'day' : 'days'}: ${dates}` },
      { label: 'Tempat / Place', value: facts.place },
    ],
    statement: `Diperiksa pada ${dayMonthYear(facts.examinedOn)}; perlu diasingkan seperti di atas. / Examined on ${dayMonthYear(facts.examinedOn)}; to stay in isolation as stated.\n${facts.instructions}`,
    remarks: null,
    doctor: facts.doctor,
    // The prescription's margins: the instructions and the serial box stay on the one A5 sheet.
    marginsMm: { top: 8, right: 8, bottom: 8, left: 8 },
  });
}
