/** English text of the lock screen. */
export const sessionEn = {
  lock: { title: 'Locked — {{name}}', unlock: 'Unlock', switchUser: 'Switch user' },
};
