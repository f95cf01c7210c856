/** English text of signing in, admin recovery and changing a password. */
export const authEn = {
  login: {
    title: 'Sign in', username: 'Username', password: 'Password', pin: 'PIN', usePin: 'Use PIN', usePassword: 'Use password', submit: 'Sign in',
    forgotAdmin: 'Forgot the admin password? Use the recovery code',
  },
  adminRecovery: {
    title: 'Reset an admin password',
    explain: 'The recovery code printed when the clinic was set up lets its owner choose a new password for an admin account.',
    code: 'Recovery code', username: 'Admin username', submit: 'Reset password',
    done: 'The password of {{username}} has been reset. Sign in with the new password.',
  },
  changePassword: {
    title: 'Choose a new password', explain: 'Your password was set by an admin. Choose your own before you continue.',
    current: 'Current password', new: 'New password', confirm: 'Confirm new password', submit: 'Change password',
  },
};
