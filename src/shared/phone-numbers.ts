import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';

/** A clinic whose own phone names no country is taken to be in Malaysia. */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'MY';

/**
 * A number as typed at the desk (`012-345 6789`, `+65 9123 4567`, `0060123456789`), read in the
 * clinic's country when it has no country code; undefined when it cannot be a phone at all.
 */
export function readPhone(typed: string, home: CountryCode = DEFAULT_PHONE_COUNTRY): PhoneNumber | undefined {
  const phone = parsePhoneNumberFromString(typed.trim().replace(/^00/, '+'), home);
  return phone?.isPossible() ? phone : undefined;
}

/** The form a phone is stored in, `+60 12 345 6789`, or null for a number that cannot be a phone. */
export function internationalPhone(typed: string, home: CountryCode = DEFAULT_PHONE_COUNTRY): string | null {
  return readPhone(typed, home)?.formatInternational() ?? null;
}

/** The clinic's country, from its own phone in the clinic profile: `+65 6123 4567` → SG; a local number → Malaysia. */
export function phoneCountryOf(clinicPhone: string): CountryCode {
  return readPhone(clinicPhone)?.country ?? DEFAULT_PHONE_COUNTRY;
}
