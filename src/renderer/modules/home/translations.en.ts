/** English text of the home page. */
export const homeEn = {
  home: {
    welcome: 'Welcome, {{name}}', signedInAs: 'Signed in as {{username}}', roles: 'Roles', setPin: 'Set my PIN',
    pinExplain: 'A PIN of 4 to 8 digits lets you sign in and unlock quickly on a shared PC.', pin: 'New PIN', currentPassword: 'Current password', pinSaved: 'Your PIN is set.',
  },
};
