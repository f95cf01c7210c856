/** English text of the users screen. */
export const usersEn = {
  users: {
    create: 'Create user', edit: 'Edit', disable: 'Disable', enable: 'Enable', resetPassword: 'Reset password',
    username: 'Username', displayName: 'Name', roles: 'Roles', status: 'Status', lastLogin: 'Last login', active: 'Active', disabled: 'Disabled',
    mmcNo: 'MMC registration no.', mmcNoHint: 'Doctors: printed under the signature on MCs and letters.', qualifications: 'Qualifications (e.g. MBBS (UM))',
    temporaryPassword: 'Temporary password', newPassword: 'New temporary password', never: 'Never',
  },
};
