import type { Permission } from '../../shared/permissions';

export interface NavEntry {
  key: string;
  /** null: anyone signed in. */
  permission: Permission | null;
}

export function mayOpen(entry: NavEntry, permissions: readonly Permission[]): boolean {
  return entry.permission === null || permissions.includes(entry.permission);
}

/** The navigation a user sees: only what their roles allow, in the listed order. */
export function visibleEntries<T extends NavEntry>(entries: readonly T[], permissions: readonly Permission[]): T[] {
  return entries.filter((entry) => mayOpen(entry, permissions));
}
