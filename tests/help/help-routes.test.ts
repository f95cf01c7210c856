import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP_SCREENS, HELP_TOPICS, routePath } from '../../src/shared/help/help-topics';
import { shellEn } from '../../src/renderer/shell/translations.en';
import { shellMs } from '../../src/renderer/shell/translations.ms';

/**
 * The help must be true of the app: every screen it sends people to is one the navigation has.
 * The route table is read from nav-modules.tsx's text, since importing it brings every screen
 * (and the DOM they expect) into this node test.
 */
const NAV_SOURCE = readFileSync(new URL('../../src/renderer/shell/nav-modules.tsx', import.meta.url), 'utf8');
const NAV = [...NAV_SOURCE.matchAll(/\{ key: '(\w+)', path: '([^']+)'/g)].map((match) => ({ key: match[1] as keyof typeof shellEn.nav, path: match[2] }));
const ROUTES = NAV.map((entry) => entry.path);

describe('the help’s screens are the app’s', () => {
  it('reads the navigation’s route table', () => {
    expect(ROUTES).toEqual(expect.arrayContaining(['/', '/queue', '/till', '/billing', '/ai']));
    expect(ROUTES.length).toBe((NAV_SOURCE.match(/page: \w+Page \}/g) ?? []).length);
  });

  it.each(HELP_TOPICS.map((topic) => [topic.id, topic.route]))('topic %s is on a route of the navigation (%s)', (_id, route) => {
    expect(ROUTES).toContain(routePath(route));
  });

  it('describes every screen of the navigation once, under the navigation’s own name', () => {
    expect(HELP_SCREENS.map((screen) => screen.route).sort()).toEqual([...ROUTES].sort());
    for (const entry of NAV) {
      const screen = HELP_SCREENS.find((help) => help.route === entry.path);
      expect(screen?.title).toEqual({ en: shellEn.nav[entry.key], ms: shellMs.nav[entry.key] });
    }
  });
});
