import type { Permission } from '../../../shared/permissions';
import type { StoredSection } from '../../settings/settings-store';
import type { HubApi, OpenHub } from './context';

/**
 * A section of the clinic's settings, which a module adds to its definition: its zod schema, its
 * defaults, who may read and change it, and what changes in the running hub once a new value has
 * been committed. The API gets `settings.<name>.get` and `.save` for it, and `settings.all`.
 */
export interface SettingsSection<T> extends StoredSection<T> {
  view: Permission;
  manage: Permission;
  afterSave?(value: T, hub: { hub: HubApi; open: OpenHub }): void;
}

export function settingsSection<T>(section: SettingsSection<T>): SettingsSection<T> {
  return section;
}

export type SectionValue<S> = S extends SettingsSection<infer T> ? T : never;
