import type { en } from './resources';

// Every t('…') key is checked against the English tree: a key that does not exist is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    strictKeyChecks: true;
  }
}
