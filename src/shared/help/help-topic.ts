/** The two languages the in-app help is written in. */
export const HELP_LANGUAGES = ['en', 'ms'] as const;
export type HelpLanguage = (typeof HELP_LANGUAGES)[number];

export type InBoth<T> = Record<HelpLanguage, T>;

/**
 * One task a clinic does, as the in-app assistant explains it: where it happens (a route of the
 * renderer's navigation, with its query if a tab is meant), the words people use for it in
 * English and Malay, and the steps with the screens' own button names.
 */
export interface HelpTopic {
  /** Stable: the model cites topics by id, and the screen links by it. */
  id: string;
  route: string;
  title: InBoth<string>;
  keywords: InBoth<readonly string[]>;
  steps: InBoth<readonly string[]>;
}

/** What a screen of the navigation is for, so "summarise this screen" can say it. */
export interface HelpScreen {
  route: string;
  title: InBoth<string>;
  about: InBoth<string>;
}

/** The path part of a route (no query, no trailing slash): what the navigation's table holds. */
export function routePath(route: string): string {
  const path = route.split(/[?#]/)[0] ?? '/';
  return path.length > 1 ? path.replace(/\/+$/, '') : '/';
}
