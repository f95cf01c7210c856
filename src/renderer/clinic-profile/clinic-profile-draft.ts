import type { ClinicProfile, Language } from '../../shared/schemas/clinic';

/** The clinic profile as typed into a form: the tax rate is a percentage the user reads. */
export interface ClinicProfileDraft {
  name: string;
  address: string;
  phone: string;
  registrationNo: string;
  currency: string;
  timeZone: string;
  languages: Language[];
  taxEnabled: boolean;
  taxName: string;
  taxRatePercent: string;
  taxRegistrationNo: string;
}

export const EMPTY_CLINIC_DRAFT: ClinicProfileDraft = {
  name: '',
  address: '',
  phone: '',
  registrationNo: '',
  currency: 'MYR',
  timeZone: 'Asia/Kuala_Lumpur',
  languages: ['en', 'ms'],
  taxEnabled: false,
  taxName: 'SST',
  taxRatePercent: '6',
  taxRegistrationNo: '',
};

export function draftFromProfile(profile: ClinicProfile): ClinicProfileDraft {
  return {
    name: profile.name,
    address: profile.address,
    phone: profile.phone,
    registrationNo: profile.registrationNo,
    currency: profile.currency,
    timeZone: profile.timeZone,
    languages: profile.languages,
    taxEnabled: profile.tax.enabled,
    taxName: profile.tax.name,
    taxRatePercent: String(profile.tax.rateBasisPoints / 100),
    taxRegistrationNo: profile.tax.registrationNo,
  };
}

export function profileFromDraft(draft: ClinicProfileDraft): ClinicProfile {
  // Basis points are integers, like money: 6.5 % is 650, never 649.9999.
  const rateBasisPoints = Math.round(Number(draft.taxRatePercent.replace(',', '.')) * 100);
  return {
    name: draft.name,
    address: draft.address,
    phone: draft.phone,
    registrationNo: draft.registrationNo,
    currency: draft.currency.toUpperCase(),
    timeZone: draft.timeZone,
    languages: draft.languages,
    tax: {
      enabled: draft.taxEnabled,
      name: draft.taxName,
      rateBasisPoints: Number.isFinite(rateBasisPoints) ? rateBasisPoints : -1,
      registrationNo: draft.taxRegistrationNo,
    },
  };
}
