import type { Translations } from '../../i18n/translations';
import type { usersEn } from './translations.en';

export const usersMs: Translations<typeof usersEn> = {
  users: {
    create: 'Cipta pengguna', edit: 'Ubah', disable: 'Nyahaktifkan', enable: 'Aktifkan', resetPassword: 'Set semula kata laluan',
    username: 'Nama pengguna', displayName: 'Nama', roles: 'Peranan', status: 'Status', lastLogin: 'Log masuk terakhir', active: 'Aktif', disabled: 'Dinyahaktifkan',
    mmcNo: 'No. pendaftaran MMC', mmcNoHint: 'Doktor: dicetak di bawah tandatangan pada MC dan surat.', qualifications: 'Kelayakan (cth. MBBS (UM))',
    temporaryPassword: 'Kata laluan sementara', newPassword: 'Kata laluan sementara baharu', never: 'Belum pernah',
  },
};
