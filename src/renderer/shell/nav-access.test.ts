import { describe, expect, it } from 'vitest';
import { mayOpen, visibleEntries, type NavEntry } from './nav-access';

const entries: NavEntry[] = [
  { key: 'home', permission: null },
  { key: 'users', permission: 'users.view' },
  { key: 'audit', permission: 'audit.view' },
  { key: 'backups', permission: 'backup.manage' },
];

describe('navigation by permission', () => {
  it('shows everyone the entries that need no permission', () => {
    expect(visibleEntries(entries, []).map((entry) => entry.key)).toEqual(['home']);
  });

  it('shows only what the permissions allow, in order', () => {
    expect(visibleEntries(entries, ['backup.manage', 'users.view']).map((entry) => entry.key)).toEqual(['home', 'users', 'backups']);
  });

  it('refuses a route the user lacks', () => {
    expect(mayOpen(entries[2], ['users.view'])).toBe(false);
    expect(mayOpen(entries[2], ['audit.view'])).toBe(true);
  });
});
