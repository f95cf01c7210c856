/** English text of the users screen. */
export const usersEn = {
  users: {
    create: 'Create user', edit: 'Edit', disable: 'Disable', enable: 'Enable', resetPassword: 'Reset password',
    username: 'Username', displayName: 'Name', roles: 'Roles', status: 'Status', lastLogin: 'Last login', active: 'Active', disabled: 'Disabled',
    temporaryPassword: 'Temporary password', newPassword: 'New temporary password', never: 'Never',
  },
};
