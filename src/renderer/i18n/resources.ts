import { authEn } from '../auth/translations.en';
import { authMs } from '../auth/translations.ms';
import { componentsEn } from '../components/translations.en';
import { componentsMs } from '../components/translations.ms';
import { formErrorsEn } from '../components/form-errors/translations.en';
import { formErrorsMs } from '../components/form-errors/translations.ms';
import { appointmentsEn } from '../modules/appointments/translations.en';
import { appointmentsMs } from '../modules/appointments/translations.ms';
import { auditEn } from '../modules/audit/translations.en';
import { auditMs } from '../modules/audit/translations.ms';
import { chartEn } from '../modules/chart/translations.en';
import { chartMs } from '../modules/chart/translations.ms';
import { backupsEn } from '../modules/backups/translations.en';
import { backupsMs } from '../modules/backups/translations.ms';
import { clinicEn } from '../modules/clinic/translations.en';
import { clinicMs } from '../modules/clinic/translations.ms';
import { consultationEn } from '../modules/consultation/translations.en';
import { consultationMs } from '../modules/consultation/translations.ms';
import { displayEn } from '../modules/display/translations.en';
import { displayMs } from '../modules/display/translations.ms';
import { einvoiceEn } from '../modules/einvoice/translations.en';
import { einvoiceMs } from '../modules/einvoice/translations.ms';
import { aiEn } from '../modules/ai/translations.en';
import { aiMs } from '../modules/ai/translations.ms';
import { assistantEn } from '../modules/assistant/translations.en';
import { assistantMs } from '../modules/assistant/translations.ms';
import { scribeEn } from '../modules/scribe/translations.en';
import { scribeMs } from '../modules/scribe/translations.ms';
import { feesEn } from '../modules/fees/translations.en';
import { feesMs } from '../modules/fees/translations.ms';
import { tillEn } from '../modules/till/translations.en';
import { tillMs } from '../modules/till/translations.ms';
import { doctorFeesEn } from '../modules/doctor-fees/translations.en';
import { doctorFeesMs } from '../modules/doctor-fees/translations.ms';
import { homeEn } from '../modules/home/translations.en';
import { homeMs } from '../modules/home/translations.ms';
import { ledgerEn } from '../modules/ledger/translations.en';
import { ledgerMs } from '../modules/ledger/translations.ms';
import { medicinesEn } from '../modules/medicines/translations.en';
import { medicinesMs } from '../modules/medicines/translations.ms';
import { patientsEn } from '../modules/patients/translations.en';
import { patientsMs } from '../modules/patients/translations.ms';
import { dispensaryEn } from '../modules/dispensary/translations.en';
import { dispensaryMs } from '../modules/dispensary/translations.ms';
import { prescriptionPrintsEn } from '../modules/prescriptions/translations.en';
import { prescriptionPrintsMs } from '../modules/prescriptions/translations.ms';
import { purchasingEn } from '../modules/purchasing/translations.en';
import { purchasingMs } from '../modules/purchasing/translations.ms';
import { queueEn } from '../modules/queue/translations.en';
import { queueMs } from '../modules/queue/translations.ms';
import { registersEn } from '../modules/registers/translations.en';
import { registersMs } from '../modules/registers/translations.ms';
import { rolesEn } from '../modules/roles/translations.en';
import { rolesMs } from '../modules/roles/translations.ms';
import { usersEn } from '../modules/users/translations.en';
import { usersMs } from '../modules/users/translations.ms';
import { vitalsEn } from '../modules/vitals/translations.en';
import { vitalsMs } from '../modules/vitals/translations.ms';
import { visitDocumentsEn } from '../modules/visit-documents/translations.en';
import { visitDocumentsMs } from '../modules/visit-documents/translations.ms';
import { sessionEn } from '../session/translations.en';
import { sessionMs } from '../session/translations.ms';
import { setupEn } from '../setup/translations.en';
import { setupMs } from '../setup/translations.ms';
import { stockTakeEn } from '../modules/stock-take/translations.en';
import { billingEn } from '../modules/billing/translations.en';
import { billingMs } from '../modules/billing/translations.ms';
import { claimsEn } from '../modules/claims/translations.en';
import { claimsMs } from '../modules/claims/translations.ms';
import { stockTakeMs } from '../modules/stock-take/translations.ms';
import { stockEn } from '../modules/stock/translations.en';
import { stockMs } from '../modules/stock/translations.ms';
import { shellEn } from '../shell/translations.en';
import { shellMs } from '../shell/translations.ms';
import { commonEn } from './common.en';
import { commonMs } from './common.ms';
import { errorsEn } from './errors.en';
import { errorsMs } from './errors.ms';
import type { Translations } from './translations';

/**
 * Each folder's tables, English and Malay side by side. Every table owns its own top-level keys
 * (`queue`, `patients`, …); the test checks that no two tables claim the same one.
 */
export const TABLES = [
  { en: commonEn, ms: commonMs },
  { en: errorsEn, ms: errorsMs },
  { en: shellEn, ms: shellMs },
  { en: setupEn, ms: setupMs },
  { en: authEn, ms: authMs },
  { en: sessionEn, ms: sessionMs },
  { en: homeEn, ms: homeMs },
  { en: usersEn, ms: usersMs },
  { en: rolesEn, ms: rolesMs },
  { en: clinicEn, ms: clinicMs },
  { en: auditEn, ms: auditMs },
  { en: patientsEn, ms: patientsMs },
  { en: appointmentsEn, ms: appointmentsMs },
  { en: backupsEn, ms: backupsMs },
  { en: queueEn, ms: queueMs },
  { en: consultationEn, ms: consultationMs },
  { en: vitalsEn, ms: vitalsMs },
  { en: visitDocumentsEn, ms: visitDocumentsMs },
  { en: displayEn, ms: displayMs },
  { en: componentsEn, ms: componentsMs },
  { en: chartEn, ms: chartMs },
  { en: medicinesEn, ms: medicinesMs },
  { en: prescriptionPrintsEn, ms: prescriptionPrintsMs },
  { en: dispensaryEn, ms: dispensaryMs },
  { en: purchasingEn, ms: purchasingMs },
  { en: formErrorsEn, ms: formErrorsMs },
  { en: stockTakeEn, ms: stockTakeMs },
  { en: registersEn, ms: registersMs },
  { en: stockEn, ms: stockMs },
  { en: billingEn, ms: billingMs },
  { en: feesEn, ms: feesMs },
  { en: tillEn, ms: tillMs },
  { en: doctorFeesEn, ms: doctorFeesMs },
  { en: einvoiceEn, ms: einvoiceMs },
  { en: claimsEn, ms: claimsMs },
  { en: ledgerEn, ms: ledgerMs },
  { en: aiEn, ms: aiMs },
  { en: assistantEn, ms: assistantMs },
  { en: scribeEn, ms: scribeMs },
] as const;

export const en = {
  ...commonEn, ...errorsEn, ...shellEn, ...setupEn, ...authEn, ...sessionEn, ...homeEn, ...usersEn,
  ...rolesEn, ...clinicEn, ...auditEn, ...patientsEn, ...appointmentsEn, ...backupsEn, ...queueEn,
  ...displayEn, ...componentsEn, ...formErrorsEn, ...consultationEn, ...chartEn, ...vitalsEn,
  ...visitDocumentsEn, ...medicinesEn, ...prescriptionPrintsEn, ...dispensaryEn, ...purchasingEn,
  ...stockTakeEn,
  ...registersEn,
  ...stockEn,
  ...billingEn,
  ...feesEn,
  ...tillEn,
  ...doctorFeesEn,
  ...einvoiceEn,
  ...claimsEn,
  ...ledgerEn,
  ...aiEn,
  ...assistantEn,
  ...scribeEn,
};

export const ms: Translations<typeof en> = {
  ...commonMs, ...errorsMs, ...shellMs, ...setupMs, ...authMs, ...sessionMs, ...homeMs, ...usersMs,
  ...rolesMs, ...clinicMs, ...auditMs, ...patientsMs, ...appointmentsMs, ...backupsMs, ...queueMs,
  ...displayMs, ...componentsMs, ...formErrorsMs, ...consultationMs, ...chartMs, ...vitalsMs,
  ...visitDocumentsMs, ...medicinesMs, ...prescriptionPrintsMs, ...dispensaryMs, ...purchasingMs,
  ...stockTakeMs,
  ...registersMs,
  ...stockMs,
  ...billingMs,
  ...feesMs,
  ...tillMs,
  ...doctorFeesMs,
  ...einvoiceMs,
  ...claimsMs,
  ...ledgerMs,
  ...aiMs,
  ...assistantMs,
  ...scribeMs,
};
