import { clinicProfileSchema, DEFAULT_SECURITY_SETTINGS, securitySettingsSchema } from '../../../shared/schemas/clinic';
import { DEFAULT_PRINTER_SETTINGS, printerSettingsSchema } from '../../../shared/schemas/printer';
import { settingsSection } from '../../api/core/settings-section';
import { AppError } from '../../errors/app-error';

/** Name, address, registration, currency, time zone, languages, tax: written by the set-up wizard. */
export const profileSettings = settingsSection({
  name: 'profile',
  schema: clinicProfileSchema,
  view: 'clinic.view',
  manage: 'clinic.manage',
  defaults: () => {
    throw new AppError('STORE_NOT_OPEN', { reason: 'no-clinic' });
  },
  // Every unit of work from now on reads the clinic's day in the new zone.
  afterSave: (profile, { open }) => open.zone.set(profile.timeZone),
});

/** How long a screen may stay idle before it locks. */
export const securitySettings = settingsSection({
  name: 'security',
  schema: securitySettingsSchema,
  view: 'clinic.view',
  manage: 'clinic.manage',
  defaults: () => DEFAULT_SECURITY_SETTINGS,
  afterSave: (security, { hub }) => hub.sessions.setIdleLockMinutes(security.idleLockMinutes),
});

/** The receipt printer: none (tickets as PDFs), serial/USB or network, paper width, copies. */
export const printerSettings = settingsSection({
  name: 'printer',
  schema: printerSettingsSchema,
  view: 'clinic.view',
  manage: 'clinic.manage',
  defaults: () => DEFAULT_PRINTER_SETTINGS,
});
