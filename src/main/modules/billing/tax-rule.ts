import type { IdentityType } from '../../../shared/identity/identity';
import type { ClinicProfile } from '../../../shared/schemas/clinic';

/**
 * Service tax on a patient's bill (Service Tax Act 2018, healthcare from 1 July 2025): at the
 * clinic's rate once it is registered (its tax settings switched on), on services to patients
 * who are not Malaysian citizens; citizens are exempt, and medicines are never taxed (the line
 * says whether it is a service). A MyKad is a citizen's card. The rate and the switch are the
 * clinic's settings, so a change in the law is a change of data.
 */
export function serviceTaxFor(tax: ClinicProfile['tax'], patient: { identityType: IdentityType } | null): { name: string; rateBp: number } | null {
  if (!tax.enabled || tax.rateBasisPoints === 0) return null;
  if (patient && patient.identityType === 'mykad') return null;
  return { name: tax.name || 'Service tax', rateBp: tax.rateBasisPoints };
}
