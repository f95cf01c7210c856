import { CLINICAL_TOPICS } from './topics-clinical';
import { FRONT_DESK_TOPICS } from './topics-front-desk';
import { MONEY_TOPICS } from './topics-money';
import { SETUP_TOPICS } from './topics-setup';
import { HELP_SCREENS } from './help-screens';
import { routePath, type HelpScreen, type HelpTopic } from './help-topic';

export { HELP_SCREENS } from './help-screens';
export { HELP_LANGUAGES, routePath, type HelpLanguage, type HelpScreen, type HelpTopic, type InBoth } from './help-topic';

/** The app's own help: one topic per task a clinic does, in the order of a clinic's day. */
export const HELP_TOPICS: readonly HelpTopic[] = [...FRONT_DESK_TOPICS, ...CLINICAL_TOPICS, ...MONEY_TOPICS, ...SETUP_TOPICS];

export function helpTopic(id: string): HelpTopic | undefined {
  return HELP_TOPICS.find((topic) => topic.id === id);
}

/** The screen a route shows, if it is one of the navigation's. */
export function helpScreen(route: string): HelpScreen | undefined {
  const path = routePath(route);
  return HELP_SCREENS.find((screen) => screen.route === path);
}

/** The topics that happen on a route's screen. */
export function topicsOnScreen(route: string): HelpTopic[] {
  const path = routePath(route);
  return HELP_TOPICS.filter((topic) => routePath(topic.route) === path);
}
