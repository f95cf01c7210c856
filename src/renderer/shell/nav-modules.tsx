import type { SvgIconComponent } from '@mui/icons-material';
import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import BackupIcon from '@mui/icons-material/Backup';
import LocalPharmacyIcon from '@mui/icons-material/LocalPharmacy';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import LocalAtmIcon from '@mui/icons-material/LocalAtm';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import PaymentsIcon from '@mui/icons-material/Payments';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import EventIcon from '@mui/icons-material/Event';
import HomeIcon from '@mui/icons-material/Home';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import MedicationIcon from '@mui/icons-material/Medication';
import PeopleIcon from '@mui/icons-material/People';
import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import AssignmentIcon from '@mui/icons-material/Assignment';
import InventoryIcon from '@mui/icons-material/Inventory';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import QueueIcon from '@mui/icons-material/FormatListNumbered';
import MedicalServicesIcon from '@mui/icons-material/MedicalServices';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import PriceChangeIcon from '@mui/icons-material/PriceChange';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ComponentType } from 'react';
import { AppointmentsPage } from '../modules/appointments/appointments-page';
import { SchedulesPage } from '../modules/appointments/schedules-page';
import { AuditPage } from '../modules/audit/audit-page';
import { BackupsPage } from '../modules/backups/backups-page';
import { ClinicSettingsPage } from '../modules/clinic/clinic-settings-page';
import { ConsultationPage } from '../modules/consultation/consultation-page';
import { BillingPage } from '../modules/billing/billing-page';
import { TillPage } from '../modules/till/till-page';
import { DoctorFeesPage } from '../modules/doctor-fees/doctor-fees-page';
import { EinvoicesPage } from '../modules/einvoice/einvoices-page';
import { ClaimsPage } from '../modules/claims/claims-page';
import SmartToyIcon from '@mui/icons-material/SmartToy';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import { AiSettingsPage } from '../modules/ai/ai-settings-page';
import { AiLogPage } from '../modules/ai/ai-log-page';
import { DispensaryPage } from '../modules/dispensary/dispensary-page';
import { FeesPage } from '../modules/fees/fees-page';
import { HomePage } from '../modules/home/home-page';
import { LedgerPage } from '../modules/ledger/ledger-page';
import { MedicinesPage } from '../modules/medicines/medicines-page';
import { PatientsPage } from '../modules/patients/patients-page';
import { PurchasingPage } from '../modules/purchasing/purchasing-page';
import { QueuePage } from '../modules/queue/queue-page';
import { RegistersPage } from '../modules/registers/registers-page';
import { RolesPage } from '../modules/roles/roles-page';
import { StockPage } from '../modules/stock/stock-page';
import { StockTakePage } from '../modules/stock-take/stock-take-page';
import { UsersPage } from '../modules/users/users-page';
import type { NavEntry } from './nav-access';
import type { shellEn } from './translations.en';

export interface NavModule extends NavEntry {
  /** Also the route's name in the navigation (`nav.<key>`) and its test id (`nav-<key>`). */
  key: keyof typeof shellEn.nav;
  /** Route path under the shell. */
  path: string;
  icon: SvgIconComponent;
  page: ComponentType;
}

/** Every screen in the left navigation. A new module is one line here. */
export const NAV_MODULES: readonly NavModule[] = [
  { key: 'home', path: '/', permission: null, icon: HomeIcon, page: HomePage },
  { key: 'patients', path: '/patients', permission: 'patients.view', icon: PersonSearchIcon, page: PatientsPage },
  { key: 'queue', path: '/queue', permission: 'queue.operate', icon: QueueIcon, page: QueuePage },
  { key: 'consultation', path: '/consultation', permission: 'consultation.write', icon: MedicalServicesIcon, page: ConsultationPage },
  { key: 'dispensary', path: '/dispensary', permission: 'pharmacy.dispense', icon: LocalPharmacyIcon, page: DispensaryPage },
  { key: 'billing', path: '/billing', permission: 'billing.operate', icon: PointOfSaleIcon, page: BillingPage },
  { key: 'till', path: '/till', permission: 'billing.operate', icon: LocalAtmIcon, page: TillPage },
  { key: 'doctorFees', path: '/doctor-fees', permission: 'finance.view', icon: PaymentsIcon, page: DoctorFeesPage },
  { key: 'claims', path: '/claims', permission: 'billing.operate', icon: AssignmentIcon, page: ClaimsPage },
  { key: 'ledger', path: '/ledger', permission: 'finance.view', icon: AccountBalanceIcon, page: LedgerPage },
  { key: 'appointments', path: '/appointments', permission: 'appointments.book', icon: EventIcon, page: AppointmentsPage },
  { key: 'schedules', path: '/schedules', permission: 'schedules.manage', icon: EditCalendarIcon, page: SchedulesPage },
  { key: 'users', path: '/users', permission: 'users.view', icon: PeopleIcon, page: UsersPage },
  { key: 'roles', path: '/roles', permission: 'users.view', icon: AdminPanelSettingsIcon, page: RolesPage },
  { key: 'clinic', path: '/clinic', permission: 'clinic.view', icon: LocalHospitalIcon, page: ClinicSettingsPage },
  { key: 'medicines', path: '/medicines', permission: 'clinic.view', icon: MedicationIcon, page: MedicinesPage },
  { key: 'fees', path: '/fees', permission: 'clinic.view', icon: PriceChangeIcon, page: FeesPage },
  { key: 'purchasing', path: '/purchasing', permission: 'stock.manage', icon: LocalShippingIcon, page: PurchasingPage },
  { key: 'stock', path: '/stock', permission: 'stock.manage', icon: Inventory2Icon, page: StockPage },
  { key: 'stockTake', path: '/stock-take', permission: 'stock.manage', icon: InventoryIcon, page: StockTakePage },
  { key: 'registers', path: '/registers', permission: 'pharmacy.dispense', icon: MenuBookIcon, page: RegistersPage },
  { key: 'audit', path: '/audit', permission: 'audit.view', icon: ReceiptLongIcon, page: AuditPage },
  { key: 'backups', path: '/backups', permission: 'backup.manage', icon: BackupIcon, page: BackupsPage },
  { key: 'einvoices', path: '/einvoices', permission: 'finance.view', icon: RequestQuoteIcon, page: EinvoicesPage },
  { key: 'ai', path: '/ai', permission: 'clinic.view', icon: SmartToyIcon, page: AiSettingsPage },
  { key: 'aiLog', path: '/ai-log', permission: 'audit.view', icon: QueryStatsIcon, page: AiLogPage },
];
