import { Foundation1795392000000 } from './1795392000000-foundation';
import { Patients1795478400000 } from './1795478400000-patients';
import { Queue1795564800000 } from './1795564800000-queue';
import { PatientImport1795651200000 } from './1795651200000-patient-import';

/** Every migration, oldest first. Released migrations are never edited: add a new one. */
export const migrations = [Foundation1795392000000, Patients1795478400000, Queue1795564800000, PatientImport1795651200000];
