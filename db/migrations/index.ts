import { Foundation1795392000000 } from './1795392000000-foundation';
import { Patients1795478400000 } from './1795478400000-patients';
import { Queue1795564800000 } from './1795564800000-queue';
import { PatientImport1795651200000 } from './1795651200000-patient-import';
import { Appointments1795737600000 } from './1795737600000-appointments';
import { PrinterSettings1795824000000 } from './1795824000000-printer-settings';
import { PatientSearchDeferral1795910400000 } from './1795910400000-patient-search-deferral';
import { PanelsAndPhotos1795996800000 } from './1795996800000-panels-and-photos';
import { VisitHistory1796083200000 } from './1796083200000-visit-history';
import { SupersededPatientVersions1796169600000 } from './1796169600000-superseded-patient-versions';
import { DefaultAppointmentTypes1796256000000 } from './1796256000000-default-appointment-types';
import { DropBirthNameIndex1796342400000 } from './1796342400000-drop-birth-name-index';
import { DropAccountLockout1796428800000 } from './1796428800000-drop-account-lockout';
import { IssuedDocuments1796515200000 } from './1796515200000-issued-documents';
import { SettingsRegistry1796601600000 } from './1796601600000-settings-registry';
import { IdentityCompactIndex1796688000000 } from './1796688000000-identity-compact-index';
import { PatientImportStaging1796774400000 } from './1796774400000-patient-import-staging';
import { AuditLogFilters1796860800000 } from './1796860800000-audit-log-filters';
import { NoKnownAllergies1797033600000 } from './1797033600000-no-known-allergies';
import { ClinicalView1797120000000 } from './1797120000000-clinical-view';
import { Consultation1797206400000 } from './1797206400000-consultation';
import { Medicines1797292800000 } from './1797292800000-medicines';
import { Vitals1797379200000 } from './1797379200000-vitals';
import { PatientChart1797465600000 } from './1797465600000-patient-chart';
import { VisitDocuments1797552000000 } from './1797552000000-visit-documents';
import { DiagnosisFavourites1797638400000 } from './1797638400000-diagnosis-favourites';
import { Prescriptions1797724800000 } from './1797724800000-prescriptions';
import { StockPermissions1797768000000 } from './1797768000000-stock-permissions';
import { MedicineCatalogue1797811200000 } from './1797811200000-medicine-catalogue';
import { StockCore1797897600000 } from './1797897600000-stock-core';
import { Purchasing1797984000000 } from './1797984000000-purchasing';
import { StockTake1797940800000 } from './1797940800000-stock-take';
import { Registers1798070400000 } from './1798070400000-registers';
import { Dispensing1798156800000 } from './1798156800000-dispensing';
import { Fees1798243200000 } from './1798243200000-fees';
import { Billing1798329600000 } from './1798329600000-billing';
import { Till1798416000000 } from './1798416000000-till';
import { Einvoices1798588800000 } from './1798588800000-einvoices';
import { DoctorFees1798761600000 } from './1798761600000-doctor-fees';
import { CreditNotes1798848000000 } from './1798848000000-credit-notes';
import { PanelClaims1798675200000 } from './1798675200000-panel-claims';
import { Ledger1798502400000 } from './1798502400000-ledger';
import { AiInteractions1798934400000 } from './1798934400000-ai-interactions';
import { Deposits1799020800000 } from './1799020800000-deposits';
import { HistorySummaries1799452800000 } from './1799452800000-history-summaries';
import { Scribe1799539200000 } from './1799539200000-scribe';

/** Every migration, oldest first. Released migrations are never edited: add a new one. */
export const migrations = [
  Foundation1795392000000,
  Patients1795478400000,
  Queue1795564800000,
  PatientImport1795651200000,
  Appointments1795737600000,
  PrinterSettings1795824000000,
  PatientSearchDeferral1795910400000,
  PanelsAndPhotos1795996800000,
  VisitHistory1796083200000,
  SupersededPatientVersions1796169600000,
  DefaultAppointmentTypes1796256000000,
  DropBirthNameIndex1796342400000,
  DropAccountLockout1796428800000,
  IssuedDocuments1796515200000,
  SettingsRegistry1796601600000,
  IdentityCompactIndex1796688000000,
  PatientImportStaging1796774400000,
  AuditLogFilters1796860800000,
  NoKnownAllergies1797033600000,
  ClinicalView1797120000000,
  Consultation1797206400000,
  Medicines1797292800000,
  Vitals1797379200000,
  PatientChart1797465600000,
  VisitDocuments1797552000000,
  DiagnosisFavourites1797638400000,
  Prescriptions1797724800000,
  StockPermissions1797768000000,
  MedicineCatalogue1797811200000,
  StockCore1797897600000,
  StockTake1797940800000,
  Purchasing1797984000000,
  Registers1798070400000,
  Dispensing1798156800000,
  Fees1798243200000,
  Billing1798329600000,
  Till1798416000000,
  Ledger1798502400000,
  Einvoices1798588800000,
  PanelClaims1798675200000,
  DoctorFees1798761600000,
  CreditNotes1798848000000,
  AiInteractions1798934400000,
  Deposits1799020800000,
  HistorySummaries1799452800000,
  Scribe1799539200000,
];
