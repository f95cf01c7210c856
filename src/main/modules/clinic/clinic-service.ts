import type { CountryCode } from 'libphonenumber-js';
import { phoneCountryOf } from '../../../shared/phone-numbers';
import type { ClinicProfile, SecuritySettings } from '../../../shared/schemas/clinic';
import type { PrinterSettings } from '../../../shared/schemas/printer';
import type { SettingsStore } from '../../settings/settings-store';
import type { UnitOfWork } from '../../work/unit-of-work';
import { printerSettings, profileSettings, securitySettings } from './settings';

/** The clinic's own settings sections, as other modules read them; changed through `settings.<section>.save`. */
export class ClinicService {
  constructor(private readonly settings: SettingsStore) {}

  /** The set-up wizard's clinic details, with the other sections at their defaults. */
  async initialise(uow: UnitOfWork, profile: ClinicProfile): Promise<void> {
    await this.settings.save(uow, profileSettings, profile, 'clinic.initialise');
    await this.settings.get(uow, securitySettings);
    await this.settings.get(uow, printerSettings);
  }

  profile(uow: UnitOfWork): Promise<ClinicProfile> {
    return this.settings.get(uow, profileSettings);
  }

  /** Where a phone typed without a country code is: the country of the clinic's own phone. */
  async phoneCountry(uow: UnitOfWork): Promise<CountryCode> {
    return phoneCountryOf((await this.profile(uow)).phone);
  }

  security(uow: UnitOfWork): Promise<SecuritySettings> {
    return this.settings.get(uow, securitySettings);
  }

  printer(uow: UnitOfWork): Promise<PrinterSettings> {
    return this.settings.get(uow, printerSettings);
  }
}
