import type { Translations } from '../../i18n/translations';
import type { diagnosesEn } from './translations.en';

export const diagnosesMs: Translations<typeof diagnosesEn> = {
  diagnoses: {
    search: 'Diagnosis (ICD-10)',
    placeholder: 'Kod atau perkataan, cth. J06.9 atau upper resp',
    typeToSearch: 'Taip kod atau perkataan diagnosis.',
    noMatch: 'Tiada kod ICD-10 yang sepadan.',
    header: 'kategori (tidak boleh dibilkan)',
    favourite: 'Tambah ke diagnosis kegemaran saya',
    unfavourite: 'Buang daripada diagnosis kegemaran saya',
  },
};
